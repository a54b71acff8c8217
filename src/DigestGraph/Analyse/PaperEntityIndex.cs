using DigestGraph.Graph;

namespace DigestGraph.Analyse;

/// <summary>Papers and entities of a knowledge graph as dense indices, with each paper's distinct entities and each entity's paper count.</summary>
internal sealed class PaperEntityIndex
{
    public PaperEntityIndex(KnowledgeGraph graph)
    {
        PaperIds = graph.Papers.Select(p => p.Id).ToArray();
        EntityKeys = graph.Entities.Select(e => e.Key).ToArray();
        var paperIndex = PaperIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        var entityIndex = EntityKeys.Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i, StringComparer.Ordinal);
        var entitiesOf = PaperIds.Select(_ => new SortedSet<int>()).ToArray();
        foreach (var m in graph.Mentions)
            if (paperIndex.TryGetValue(m.PaperId, out var p) && entityIndex.TryGetValue(m.EntityKey, out var e))
                entitiesOf[p].Add(e);
        EntitiesOfPaper = entitiesOf.Select(s => s.ToArray()).ToArray();
        PaperCount = new int[EntityKeys.Count];
        foreach (var entities in EntitiesOfPaper)
            foreach (var e in entities) PaperCount[e]++;
    }

    public IReadOnlyList<string> PaperIds { get; }
    public IReadOnlyList<string> EntityKeys { get; }
    /// <summary>Per paper, the distinct entity indices it mentions, ascending.</summary>
    public int[][] EntitiesOfPaper { get; }
    /// <summary>Per entity, the number of papers mentioning it (its document frequency).</summary>
    public int[] PaperCount { get; }
}
