using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>The entities papers introduce, per arXiv month and type; every type, or one.</summary>
internal sealed class IntroducedPerMonth : IQuestion
{
    public string File => "12-introduced-per-month.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var typed = c.Arguments.Text("type");
        EntityType? type = typed is null ? null
            : Enum.GetValues<EntityType>().Cast<EntityType?>().FirstOrDefault(t => string.Equals(t.ToString(), typed, StringComparison.OrdinalIgnoreCase))
              ?? throw new AskArgumentException($"type must be one of {string.Join(", ", Enum.GetNames<EntityType>())}, not '{typed}'");
        var rows = c.Graph.Papers
            .Select(p => (Paper: p, Month: CypherValues.Month(p.Id)))
            .Where(x => x.Month is not null)
            .SelectMany(x => c.EdgesFrom(c.View.Paper(x.Paper.Id)!, EdgeKind.Introduces).Select(e => (x.Month, Entity: c.Entity(e.Target))))
            .Where(x => type is null || x.Entity.Type == type)
            .GroupBy(x => (x.Month, Type: x.Entity.Type.ToString()))
            .OrderBy(g => g.Key.Month, CypherValues.Order)
            .ThenBy(g => g.Key.Type, CypherValues.Order)
            .Select(g => new object?[]
            {
                g.Key.Month, g.Key.Type, (long)g.Count(),
                g.Select(x => x.Entity.Name).Order(CypherValues.Order).ToArray<object?>(),
            });
        return c.Result(["month", "type", "introduced", "names"], rows);
    }
}
