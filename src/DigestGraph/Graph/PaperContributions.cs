using DigestGraph.Graph;

namespace DigestGraph.Graph;

/// <summary>
/// Splits a graph into per-paper contributions, in the graph's paper order, from the same rows the file exporters
/// write (<see cref="ExportRows"/>: one relation per type, source, target and paper; the primary topic always linked).
/// </summary>
internal static class PaperContributions
{
    public static IReadOnlyList<PaperContribution> Split(KnowledgeGraph graph)
    {
        var mentionsByPaper = ExportRows.Mentions(graph).ToLookup(m => m.PaperId, StringComparer.Ordinal);
        var relationsByPaper = ExportRows.Relations(graph).ToLookup(r => r.PaperId, StringComparer.Ordinal);
        var topicsByPaper = ExportRows.TopicLinks(graph).ToLookup(t => t.PaperId, StringComparer.Ordinal);
        var contributions = new List<PaperContribution>(graph.Papers.Count);
        foreach (var paper in graph.Papers)
        {
            // One edge per entity: a paper's old edges are removed before its new ones are created.
            var mentions = mentionsByPaper[paper.Id].GroupBy(m => m.EntityKey, StringComparer.Ordinal)
                .Select(g => g.FirstOrDefault(m => m.Introduced) ?? g.First()).ToArray();
            var relations = relationsByPaper[paper.Id].ToArray();
            var topics = topicsByPaper[paper.Id].ToArray();
            var entities = mentions.Select(m => m.EntityKey)
                .Concat(relations.SelectMany(r => new[] { r.SourceKey, r.TargetKey }))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(key => graph.EntitiesByKey[key])
                .ToArray();
            var fingerprint = PaperFingerprint.Compute(paper, entities, mentions, topics, relations);
            contributions.Add(new PaperContribution(paper, entities, mentions, topics, relations, fingerprint));
        }
        return contributions;
    }
}
