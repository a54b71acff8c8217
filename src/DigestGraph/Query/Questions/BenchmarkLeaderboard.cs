using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>Every model evaluated on a benchmark (or dataset) with metric, score and paper, best score first per metric.</summary>
internal sealed class BenchmarkLeaderboard : IQuestion
{
    public string File => "02-benchmark-leaderboard.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var rows = c.Names.Entities(c.Arguments.Text("benchmark"), c.Notes)
            .Where(b => b.Types.Contains(EntityType.Benchmark) || b.Types.Contains(EntityType.Dataset))
            .SelectMany(b => c.EdgesInto(b, EdgeKind.Relation, RelationType.EvaluatedOn.Name()))
            .Where(e => c.Graph.PapersById.ContainsKey(e.Tag.Relation!.PaperId))
            .Select(e => (Model: c.Entity(e.Source).Name, R: e.Tag.Relation!, Score: CypherValues.ToFloat(e.Tag.Relation!.Value?.Replace("%", ""))))
            .OrderBy(x => x.R.Metric, CypherValues.Order)
            .ThenBy(x => x.Score is null)
            .ThenByDescending(x => x.Score ?? 0)
            .ThenBy(x => x.Model, CypherValues.Order)
            .ThenBy(x => x.R.PaperId, CypherValues.Order)
            .Select(x => new object?[] { x.Model, x.R.Metric, x.R.Value, x.R.PaperId, c.Graph.PapersById[x.R.PaperId].Paper.Title });
        return c.Result(["model", "metric", "value", "paper", "title"], rows);
    }
}
