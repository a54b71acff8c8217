using DigestGraph.Graph;

namespace DigestGraph.Analyse;

/// <summary>
/// The entity co-occurrence projection: one node per entity (all of them, isolated ones included), an edge between two
/// entities mentioned by the same paper, weighted from the number of papers mentioning both.
/// </summary>
internal static class EntityCooccurrence
{
    public static AnalysisGraph Build(KnowledgeGraph graph, CooccurrenceWeighting weighting = CooccurrenceWeighting.Count) =>
        Build(new PaperEntityIndex(graph), weighting);

    internal static AnalysisGraph Build(PaperEntityIndex index, CooccurrenceWeighting weighting)
    {
        var together = new Dictionary<(int, int), int>();
        foreach (var entities in index.EntitiesOfPaper)
            for (var i = 0; i < entities.Length; i++)
                for (var j = i + 1; j < entities.Length; j++)
                {
                    var pair = (entities[i], entities[j]);
                    together[pair] = together.GetValueOrDefault(pair) + 1;
                }

        var builder = new AnalysisGraphBuilder(directed: false);
        foreach (var key in index.EntityKeys) builder.AddNode(key);
        double papers = index.PaperIds.Count;
        foreach (var ((a, b), count) in together.OrderBy(kv => kv.Key))
        {
            double dfA = index.PaperCount[a], dfB = index.PaperCount[b];
            var weight = weighting switch
            {
                CooccurrenceWeighting.Count => count,
                CooccurrenceWeighting.AssociationStrength => papers * count / (dfA * dfB),
                CooccurrenceWeighting.Jaccard => count / (dfA + dfB - count),
                _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, null),
            };
            builder.AddEdge(a, b, weight);
        }
        return builder.Build();
    }
}
