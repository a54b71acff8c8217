namespace DigestGraph.Analyse;

/// <summary>
/// Brandes' betweenness centrality, exact or from a seeded sample of sources, unweighted (BFS) or weighted (Dijkstra,
/// weights as lengths); scaled as NetworkX scales it. Sources run in parallel, each thread with its own buffers.
/// </summary>
internal static class Betweenness
{
    private const int ChunkCount = 8;

    public static double[] Compute(AnalysisGraph graph, BetweennessOptions? options = null)
    {
        options ??= new BetweennessOptions();
        var n = graph.NodeCount;
        var sources = ChooseSources(n, options);
        // Sources are split into a fixed number of chunks summed in chunk order, so the result does not depend on thread timing.
        var chunks = Math.Min(sources.Length, ChunkCount);
        var partial = new double[chunks][];
        Parallel.For(0, chunks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) },
            () => new BrandesWorkspace(graph, options.Weighted),
            (chunk, _, workspace) =>
            {
                var centrality = partial[chunk] = new double[n];
                for (var i = chunk * sources.Length / chunks; i < (chunk + 1) * sources.Length / chunks; i++)
                    workspace.Accumulate(sources[i], centrality);
                return workspace;
            },
            _ => { });
        var total = new double[n];
        foreach (var centrality in partial)
            for (var v = 0; v < n; v++) total[v] += centrality[v];

        var scale = Scale(n, graph.IsDirected, options.Normalized);
        if (sources.Length < n && sources.Length > 0) scale *= (double)n / sources.Length;
        for (var v = 0; v < n; v++) total[v] *= scale;
        return total;
    }

    private static int[] ChooseSources(int n, BetweennessOptions options)
    {
        var all = Enumerable.Range(0, n).ToArray();
        if (options.SampleSize is not { } k || k >= n) return all;
        if (k <= 0) throw new ArgumentOutOfRangeException(nameof(options), $"Betweenness sample size must be positive, got {k}.");
        new Random(options.Seed).Shuffle(all);
        return all[..k];
    }

    private static double Scale(int n, bool directed, bool normalized)
    {
        if (normalized) return n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        // Each undirected pair is counted from both ends.
        return directed ? 1.0 : 0.5;
    }
}
