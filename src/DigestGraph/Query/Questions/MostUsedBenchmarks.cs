using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>The benchmarks most papers mention, with how many models are evaluated on each.</summary>
internal sealed class MostUsedBenchmarks : IQuestion
{
    public string File => "03-most-used-benchmarks.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var limit = c.Arguments.Count("limit");
        var rows = c.Graph.Entities
            .Where(b => b.Types.Contains(EntityType.Benchmark))
            .Select(b => (
                Name: b.Name,
                Papers: c.EdgesInto(b, EdgeKind.Mentions).Select(e => e.Source).Distinct().Count(),
                Models: c.EdgesInto(b, EdgeKind.Relation, RelationType.EvaluatedOn.Name()).Select(e => e.Source).Distinct().Count()))
            .Where(x => x.Papers > 0)
            .OrderByDescending(x => x.Papers)
            .ThenByDescending(x => x.Models)
            .ThenBy(x => x.Name, CypherValues.Order)
            .Take(limit)
            .Select(x => new object?[] { x.Name, (long)x.Papers, (long)x.Models });
        return c.Result(["benchmark", "papers", "models"], rows);
    }
}
