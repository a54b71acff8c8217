using DigestGraph.Graph;

namespace DigestGraph.Store;

/// <summary>Splits a graph into per-paper contributions, in the graph's paper order.</summary>
public static class PaperContributions
{
    public static IReadOnlyList<PaperContribution> Split(KnowledgeGraph graph)
    {
        var mentionsByPaper = graph.Mentions.ToLookup(m => m.PaperId, StringComparer.Ordinal);
        var relationsByPaper = DistinctRelations(graph.Relations).ToLookup(r => r.PaperId, StringComparer.Ordinal);
        var contributions = new List<PaperContribution>(graph.Papers.Count);
        foreach (var paper in graph.Papers)
        {
            var mentions = mentionsByPaper[paper.Id].OrderBy(m => m.EntityKey, StringComparer.Ordinal).ToArray();
            var relations = relationsByPaper[paper.Id].ToArray();
            var entities = mentions.Select(m => m.EntityKey)
                .Concat(relations.SelectMany(r => new[] { r.SourceKey, r.TargetKey }))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(key => graph.EntitiesByKey[key])
                .ToArray();
            contributions.Add(new PaperContribution(paper, entities, mentions, relations, PaperFingerprint.Compute(paper, entities, mentions, relations)));
        }
        return contributions;
    }

    /// <summary>
    /// One relationship per (type, source, target, paper), the model's key; when a paper states the same relation twice
    /// (e.g. two metrics) the first statement is kept, so the choice does not depend on hash order.
    /// </summary>
    public static IEnumerable<RelationEdge> DistinctRelations(IEnumerable<RelationEdge> relations) =>
        relations
            .GroupBy(r => (r.Type, r.SourceKey, r.TargetKey, r.PaperId))
            .Select(g => g.OrderBy(r => r.Evidence, StringComparer.Ordinal)
                .ThenBy(r => r.Metric, StringComparer.Ordinal)
                .ThenBy(r => r.Value, StringComparer.Ordinal)
                .First())
            .OrderBy(r => r.PaperId, StringComparer.Ordinal)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.SourceKey, StringComparer.Ordinal)
            .ThenBy(r => r.TargetKey, StringComparer.Ordinal);
}
