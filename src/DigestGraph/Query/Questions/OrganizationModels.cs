using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Query.Questions;

/// <summary>Every model DEVELOPED_BY an organization, with the papers that say so.</summary>
internal sealed class OrganizationModels : IQuestion
{
    public string File => "04-organization-models.cypher";

    public AskResult Answer(QuestionContext c)
    {
        var rows = c.Names.Entities(c.Arguments.Text("organization"), c.Notes)
            .Where(o => o.Types.Contains(EntityType.Organization))
            .SelectMany(o => c.EdgesInto(o, EdgeKind.Relation, RelationType.DevelopedBy.Name()))
            .GroupBy(e => c.Entity(e.Source).Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, CypherValues.Order)
            .Select(g => new object?[]
            {
                g.Key,
                g.Select(e => e.Tag.Relation!.PaperId).Distinct(StringComparer.Ordinal).Order(CypherValues.Order).ToArray<object?>(),
            });
        return c.Result(["model", "papers"], rows);
    }
}
