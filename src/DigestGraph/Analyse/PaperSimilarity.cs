using DigestGraph.Graph;

namespace DigestGraph.Analyse;

/// <summary>
/// The paper similarity projection: one node per paper, an edge between papers sharing entities, weighted by the sum
/// of the shared entities' inverse document frequency ln(N/df), so a rare shared entity links more than a common one
/// and an entity every paper mentions links nothing.
/// </summary>
internal static class PaperSimilarity
{
    public static AnalysisGraph Build(KnowledgeGraph graph) => Build(new PaperEntityIndex(graph));

    internal static AnalysisGraph Build(PaperEntityIndex index)
    {
        var papersOf = new List<int>[index.EntityKeys.Count];
        for (var e = 0; e < papersOf.Length; e++) papersOf[e] = [];
        for (var p = 0; p < index.EntitiesOfPaper.Length; p++)
            foreach (var e in index.EntitiesOfPaper[p]) papersOf[e].Add(p);

        double n = index.PaperIds.Count;
        var similarity = new Dictionary<(int, int), double>();
        for (var e = 0; e < papersOf.Length; e++)
        {
            var idf = Math.Log(n / papersOf[e].Count);
            if (idf <= 0) continue;
            var papers = papersOf[e];
            for (var i = 0; i < papers.Count; i++)
                for (var j = i + 1; j < papers.Count; j++)
                {
                    var pair = (papers[i], papers[j]);
                    similarity[pair] = similarity.GetValueOrDefault(pair) + idf;
                }
        }

        var builder = new AnalysisGraphBuilder(directed: false);
        foreach (var id in index.PaperIds) builder.AddNode(id);
        foreach (var ((a, b), weight) in similarity.OrderBy(kv => kv.Key)) builder.AddEdge(a, b, weight);
        return builder.Build();
    }
}
