using DigestGraph.Graph;
using DigestGraph.Progress;
using QuikGraph;

namespace DigestGraph.Analyse;

/// <summary>
/// The entity co-occurrence projection, sparse by construction: one node per entity (isolated ones included), and an
/// edge between two entities only when their co-occurrence is significant — in at least
/// <see cref="ProjectionOptions.MinCooccurrence"/> papers and more often than chance (positive pointwise mutual
/// information, N·c &gt; df_a·df_b) — and among the <see cref="ProjectionOptions.EntityNeighbours"/> strongest of
/// either end. An entity every paper mentions co-occurs with nothing beyond chance, so it links nothing. Counting
/// walks each entity's papers (the inverted index): work Σ over papers of (entities per paper)², with no pair table.
/// </summary>
internal static class EntityCooccurrence
{
    private const int ProgressEvery = 4096;

    public static UndirectedGraph<string, TaggedUndirectedEdge<string, double>> Build(KnowledgeGraph graph,
        CooccurrenceWeighting weighting = CooccurrenceWeighting.Count, ProjectionOptions? options = null) =>
        Build(new PaperEntityIndex(graph), weighting, options ?? new ProjectionOptions(), null);

    internal static UndirectedGraph<string, TaggedUndirectedEdge<string, double>> Build(PaperEntityIndex index,
        CooccurrenceWeighting weighting, ProjectionOptions options, IProgress<StageProgress>? progress)
    {
        var entities = index.EntityKeys.Count;
        double papers = index.PaperIds.Count;
        var strongest = new (int Entity, double Weight)[entities][];
        const string stage = "project entities";
        progress?.Report(new StageProgress(stage, 0, entities));
        long done = 0;
        Parallel.For(0, (entities + ProgressEvery - 1) / ProgressEvery,
            () => new int[entities],
            (chunk, _, together) =>
            {
                var end = Math.Min(entities, (chunk + 1) * ProgressEvery);
                var touched = new List<int>();
                for (var a = chunk * ProgressEvery; a < end; a++)
                {
                    foreach (var p in index.PapersOfEntity[a])
                        foreach (var b in index.EntitiesOfPaper[p])
                            if (b != a && together[b]++ == 0) touched.Add(b);
                    double dfA = index.PaperCount[a];
                    strongest[a] = touched
                        .Where(b => together[b] >= options.MinCooccurrence && papers * together[b] > dfA * index.PaperCount[b])
                        .Select(b => (Entity: b, Count: together[b], Weight: Weight(weighting, papers, together[b], dfA, index.PaperCount[b])))
                        .OrderByDescending(x => x.Weight).ThenByDescending(x => x.Count).ThenBy(x => x.Entity)
                        .Take(options.EntityNeighbours)
                        .Select(x => (x.Entity, x.Weight))
                        .ToArray();
                    foreach (var b in touched) together[b] = 0;
                    touched.Clear();
                }
                progress?.Report(new StageProgress(stage, Interlocked.Add(ref done, end - chunk * ProgressEvery), entities));
                return together;
            },
            _ => { });
        progress?.Report(StageProgress.Finished(stage, entities));
        return ProjectionGraph.Create(index.EntityKeys, Union(strongest));
    }

    private static double Weight(CooccurrenceWeighting weighting, double papers, double count, double dfA, double dfB) => weighting switch
    {
        CooccurrenceWeighting.Count => count,
        CooccurrenceWeighting.AssociationStrength => papers * count / (dfA * dfB),
        CooccurrenceWeighting.Jaccard => count / (dfA + dfB - count),
        _ => throw new ArgumentOutOfRangeException(nameof(weighting), weighting, null),
    };

    /// <summary>Each kept pair once (the weight is symmetric).</summary>
    private static IEnumerable<(int A, int B, double Weight)> Union((int Entity, double Weight)[][] strongest)
    {
        for (var a = 0; a < strongest.Length; a++)
            foreach (var (b, weight) in strongest[a])
                if (a < b || Array.FindIndex(strongest[b], x => x.Entity == a) < 0)
                    yield return (a, b, weight);
    }
}
