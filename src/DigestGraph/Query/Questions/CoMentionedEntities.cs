using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>The entities most often mentioned in the same papers as an entity.</summary>
internal sealed class CoMentionedEntities : IQuestion
{
    public string File => "11-co-mentioned-entities.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var limit = c.Arguments.Count("limit");
        var rows = c.Names.Entities(c.Arguments.Text("entity"), c.Notes)
            .SelectMany(e => c.EdgesInto(e, EdgeKind.Mentions)
                .SelectMany(m => c.EdgesFrom(m.Source, EdgeKind.Mentions)
                    .Where(o => o.Target.Id != e.Key)
                    .Select(o => (Other: c.Entity(o.Target), Paper: m.Source.Id))))
            .GroupBy(x => (x.Other.Name, Type: x.Other.Type.ToString()))
            .Select(g => (g.Key.Name, g.Key.Type, Papers: g.Select(x => x.Paper).Distinct().Count()))
            .OrderByDescending(x => x.Papers)
            .ThenBy(x => x.Name, CypherValues.Order)
            .ThenBy(x => x.Type, CypherValues.Order)
            .Take(limit)
            .Select(x => new object?[] { x.Name, x.Type, (long)x.Papers });
        return c.Result(["entity", "type", "papers"], rows);
    }
}
