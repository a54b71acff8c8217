using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// DEVELOPED_BY: an organization written with a model, dataset or method: in the same name (<c>OpenAI o1</c>), as owner
/// (<c>Salesforce 的 XGen</c>, <c>OpenAI's o1</c>), or after it (<c>X by 01.AI</c>, <c>由 X 开发</c>), including the title.
/// </summary>
public sealed class DevelopedByPattern : IRelationPattern
{
    public IEnumerable<ExtractedRelation> Find(RelationContext c)
    {
        var found = new List<ExtractedRelation>();
        var orgs = new List<EntityDraft>();
        foreach (var e in c.Entities)
            if (e.Type == EntityType.Organization) orgs.Add(e);
        // Every relation below has an organization in it.
        if (orgs.Count == 0) return found;
        foreach (var e in c.Entities.Where(CanBeDeveloped))
            foreach (var dev in e.Developers)
            {
                var org = orgs.FirstOrDefault(o => o.Name == dev || o.Surfaces.Contains(dev) || o.Known?.Name == dev);
                if (org is not null) found.Add(RelationContext.Relation(RelationType.DevelopedBy, e, org, c.EvidenceAt(e.FirstPosition)));
            }

        for (var k = 0; k < c.Sentences.Count; k++)
        {
            var occ = c.In(k);
            for (var i = 0; i + 1 < occ.Count; i++)
            {
                var (a, b) = (occ[i], occ[i + 1]);
                if (b.Start < a.End) continue;
                var ownerFirst = a.Entity.Type == EntityType.Organization && CanBeDeveloped(b.Entity);
                var ownerLast = CanBeDeveloped(a.Entity) && b.Entity.Type == EntityType.Organization;
                if (!ownerFirst && !ownerLast) continue;
                var gap = c.Text.AsSpan(a.End, b.Start - a.End).Trim();
                if (ownerFirst && gap is "的" or "'s" or "’s")
                    found.Add(RelationContext.Relation(RelationType.DevelopedBy, b.Entity, a.Entity, c.Evidence(k)));
                if (ownerLast && gap is "by" or "from" or "由")
                    found.Add(RelationContext.Relation(RelationType.DevelopedBy, a.Entity, b.Entity, c.Evidence(k)));
            }
        }

        // "Yi: Open Foundation Models by 01.AI".
        var by = c.Title.LastIndexOf(" by ", StringComparison.Ordinal);
        if (by > 0 && c.Main is not null)
        {
            var owner = orgs.FirstOrDefault(o => o.Surfaces.Append(o.Name).Any(n => c.Title.AsSpan(by + 4).StartsWith(n, StringComparison.OrdinalIgnoreCase)));
            if (owner is not null) found.Add(RelationContext.Relation(RelationType.DevelopedBy, c.Main, owner, c.Title));
        }
        return found;
    }

    private static bool CanBeDeveloped(EntityDraft e) => e.Type is EntityType.Model or EntityType.Dataset or EntityType.Method;
}
