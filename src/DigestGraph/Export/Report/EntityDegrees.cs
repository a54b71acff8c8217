using DigestGraph.Graph;

namespace DigestGraph.Export.Report;

/// <summary>Degree of each entity in the knowledge graph: distinct papers that mention it plus distinct related entities.</summary>
internal static class EntityDegrees
{
    public static IReadOnlyDictionary<string, int> Compute(KnowledgeGraph graph)
    {
        var neighbours = graph.Entities.ToDictionary(e => e.Key, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var m in graph.Mentions)
            if (neighbours.TryGetValue(m.EntityKey, out var set)) set.Add("p:" + m.PaperId);
        foreach (var r in graph.Relations)
        {
            if (neighbours.TryGetValue(r.SourceKey, out var s)) s.Add("e:" + r.TargetKey);
            if (neighbours.TryGetValue(r.TargetKey, out var t)) t.Add("e:" + r.SourceKey);
        }
        return neighbours.ToDictionary(kv => kv.Key, kv => kv.Value.Count, StringComparer.Ordinal);
    }
}
