using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>Every typed relation one paper states, with metric, value and evidence.</summary>
internal sealed class PaperClaims : IQuestion
{
    public string File => "10-paper-claims.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var paper = c.Names.Paper(c.Arguments.Text("paper"), c.Notes);
        if (paper is null) return c.Result(Columns, []);
        var rows = c.EdgesFrom(c.View.Paper(paper.Id)!, EdgeKind.Mentions)
            .SelectMany(m => c.EdgesFrom(m.Target, EdgeKind.Relation))
            .Where(e => e.Tag.Relation!.PaperId == paper.Id)
            .Select(e => (Source: c.Entity(e.Source).Name, Type: e.Tag.Type, Target: c.Entity(e.Target).Name, R: e.Tag.Relation!))
            .OrderBy(x => x.Type, CypherValues.Order)
            .ThenBy(x => x.Source, CypherValues.Order)
            .ThenBy(x => x.Target, CypherValues.Order)
            .Select(x => new object?[] { x.Source, x.Type, x.Target, x.R.Metric, x.R.Value, x.R.Evidence });
        return c.Result(Columns, rows);
    }

    private static readonly string[] Columns = ["source", "relation", "target", "metric", "value", "evidence"];
}
