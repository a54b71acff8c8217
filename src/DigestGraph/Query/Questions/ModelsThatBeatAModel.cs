using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>Every model a paper says OUTPERFORMS the given one, with that paper and its evidence sentence.</summary>
internal sealed class ModelsThatBeatAModel : IQuestion
{
    public string File => "01-models-that-beat-a-model.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var rows = c.Names.Entities(c.Arguments.Text("model"), c.Notes)
            .SelectMany(loser => c.EdgesInto(loser, EdgeKind.Relation, RelationType.Outperforms.Name()))
            .Where(e => c.Graph.PapersById.ContainsKey(e.Tag.Relation!.PaperId))
            .Select(e => (Model: c.Entity(e.Source).Name, Relation: e.Tag.Relation!))
            .OrderBy(x => x.Model, CypherValues.Order)
            .ThenBy(x => x.Relation.PaperId, CypherValues.Order)
            .ThenBy(x => x.Relation.Evidence, CypherValues.Order)
            .Select(x => new object?[] { x.Model, x.Relation.PaperId, c.Graph.PapersById[x.Relation.PaperId].Paper.Title, x.Relation.Evidence });
        return c.Result(["model", "paper", "title", "evidence"], rows);
    }
}
