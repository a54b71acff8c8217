using DigestGraph.Graph;
using DigestGraph.Progress;
using QuikGraph;

namespace DigestGraph.Analyse;

/// <summary>
/// The paper similarity projection, sparse by construction: one node per paper, and for each paper an edge to its k
/// most similar papers (<see cref="ProjectionOptions.SimilarPapers"/>), kept when either end chose it. Similarity is
/// the cosine of the papers' entity vectors weighted by inverse document frequency ln(N/df) (Salton's tf-idf cosine),
/// so a rare shared entity links more than a common one, an entity every paper mentions links nothing, and a paper
/// naming many entities is not everyone's neighbour. Candidates come from an inverted index (entity →
/// papers); an entity in more than <see cref="ProjectionOptions.CandidateCap"/> papers offers only that many, so the
/// work is at most mentions × cap and a popular entity never makes a clique.
/// </summary>
internal static class PaperSimilarity
{
    private const int ProgressEvery = 2048;

    public static UndirectedGraph<string, TaggedUndirectedEdge<string, double>> Build(KnowledgeGraph graph, ProjectionOptions? options = null) =>
        Build(new PaperEntityIndex(graph), options ?? new ProjectionOptions(), null);

    internal static UndirectedGraph<string, TaggedUndirectedEdge<string, double>> Build(
        PaperEntityIndex index, ProjectionOptions options, IProgress<StageProgress>? progress)
    {
        var nearest = Nearest(index, options, progress);
        return ProjectionGraph.Create(index.PaperIds, Union(nearest));
    }

    /// <summary>Per paper, its most similar papers with their similarity, most similar first.</summary>
    private static (int Paper, double Similarity)[][] Nearest(PaperEntityIndex index, ProjectionOptions options, IProgress<StageProgress>? progress)
    {
        var n = index.PaperIds.Count;
        var idf = index.PaperCount.Select(df => df == 0 ? 0 : Math.Log((double)n / df)).ToArray();
        var (rank, byRank) = Candidates(index, options);
        var norm = index.EntitiesOfPaper.Select(es => Math.Sqrt(es.Sum(e => idf[e] * idf[e]))).ToArray();
        var nearest = new (int, double)[n][];
        const string stage = "project papers";
        progress?.Report(new StageProgress(stage, 0, n));
        long done = 0;
        Parallel.For(0, (n + ProgressEvery - 1) / ProgressEvery,
            () => new SimilarityScratch(n, options.SimilarPapers),
            (chunk, _, scratch) =>
            {
                var end = Math.Min(n, (chunk + 1) * ProgressEvery);
                for (var p = chunk * ProgressEvery; p < end; p++)
                {
                    foreach (var e in index.EntitiesOfPaper[p])
                    {
                        if (idf[e] <= 0) continue;
                        foreach (var q in Window(byRank[e], rank, p, options.CandidateCap))
                            if (q != p) scratch.Add(q, idf[e] * idf[e]);
                    }
                    nearest[p] = scratch.TakeNearest(p, norm, rank);
                }
                progress?.Report(new StageProgress(stage, Interlocked.Add(ref done, end - chunk * ProgressEvery), n));
                return scratch;
            },
            _ => { });
        progress?.Report(StageProgress.Finished(stage, n));
        return nearest;
    }

    /// <summary>
    /// A random rank per paper (seeded), and each entity's papers ordered by it: a frequent entity's candidates for a
    /// paper are the papers next to it in that order, so papers sharing several frequent entities meet in each window.
    /// </summary>
    private static (int[] Rank, int[][] ByRank) Candidates(PaperEntityIndex index, ProjectionOptions options)
    {
        var n = index.PaperIds.Count;
        var order = Enumerable.Range(0, n).ToArray();
        new Random(options.Seed).Shuffle(order);
        var rank = new int[n];
        for (var i = 0; i < n; i++) rank[order[i]] = i;
        var byRank = index.PapersOfEntity.Select(papers =>
        {
            if (papers.Length <= options.CandidateCap) return papers;
            var sorted = papers.ToArray();
            Array.Sort(sorted, (a, b) => rank[a].CompareTo(rank[b]));
            return sorted;
        }).ToArray();
        return (rank, byRank);
    }

    /// <summary>All papers of a list within the cap, else the cap papers around <paramref name="paper"/>'s rank.</summary>
    private static ReadOnlySpan<int> Window(int[] papers, int[] rank, int paper, int cap)
    {
        if (papers.Length <= cap) return papers;
        int low = 0, high = papers.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (rank[papers[mid]] < rank[paper]) low = mid + 1;
            else high = mid;
        }
        var start = Math.Clamp(low - cap / 2, 0, papers.Length - cap);
        return papers.AsSpan(start, cap);
    }

    /// <summary>Each chosen pair once, weighted by the larger of the two sides' similarity (sampling may miss a shared entity on one side).</summary>
    private static IEnumerable<(int A, int B, double Weight)> Union((int Paper, double Similarity)[][] nearest)
    {
        for (var p = 0; p < nearest.Length; p++)
            foreach (var (q, similarity) in nearest[p])
            {
                var back = Array.FindIndex(nearest[q], x => x.Paper == p);
                if (back >= 0 && q < p) continue;
                yield return (p, q, back >= 0 ? Math.Max(similarity, nearest[q][back].Similarity) : similarity);
            }
    }
}
