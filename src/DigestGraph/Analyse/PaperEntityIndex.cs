using DigestGraph.Graph;

namespace DigestGraph.Analyse;

/// <summary>
/// Papers and entities of a knowledge graph as dense indices: each paper's distinct entities and, inverted, each
/// entity's papers (its postings), in arrays sized by papers, entities and mentions.
/// </summary>
internal sealed class PaperEntityIndex
{
    public PaperEntityIndex(KnowledgeGraph graph)
    {
        PaperIds = graph.Papers.Select(p => p.Id).ToArray();
        EntityKeys = graph.Entities.Select(e => e.Key).ToArray();
        var paperIndex = new Dictionary<string, int>(PaperIds.Count, StringComparer.Ordinal);
        for (var i = 0; i < PaperIds.Count; i++) paperIndex[PaperIds[i]] = i;
        var entityIndex = new Dictionary<string, int>(EntityKeys.Count, StringComparer.Ordinal);
        for (var i = 0; i < EntityKeys.Count; i++) entityIndex[EntityKeys[i]] = i;

        var entitiesOf = new List<int>[PaperIds.Count];
        for (var p = 0; p < entitiesOf.Length; p++) entitiesOf[p] = [];
        foreach (var m in graph.Mentions)
            if (paperIndex.TryGetValue(m.PaperId, out var p) && entityIndex.TryGetValue(m.EntityKey, out var e))
                entitiesOf[p].Add(e);
        EntitiesOfPaper = new int[entitiesOf.Length][];
        for (var p = 0; p < entitiesOf.Length; p++)
        {
            entitiesOf[p].Sort();
            EntitiesOfPaper[p] = entitiesOf[p].Distinct().ToArray();
        }

        PaperCount = new int[EntityKeys.Count];
        foreach (var entities in EntitiesOfPaper)
            foreach (var e in entities) PaperCount[e]++;
        PapersOfEntity = new int[EntityKeys.Count][];
        for (var e = 0; e < PapersOfEntity.Length; e++) PapersOfEntity[e] = new int[PaperCount[e]];
        var fill = new int[EntityKeys.Count];
        for (var p = 0; p < EntitiesOfPaper.Length; p++)
            foreach (var e in EntitiesOfPaper[p]) PapersOfEntity[e][fill[e]++] = p;
    }

    public IReadOnlyList<string> PaperIds { get; }
    public IReadOnlyList<string> EntityKeys { get; }
    /// <summary>Per paper, the distinct entity indices it mentions, ascending.</summary>
    public int[][] EntitiesOfPaper { get; }
    /// <summary>Per entity, the papers mentioning it, ascending (the inverted index).</summary>
    public int[][] PapersOfEntity { get; }
    /// <summary>Per entity, the number of papers mentioning it (its document frequency).</summary>
    public int[] PaperCount { get; }
}
