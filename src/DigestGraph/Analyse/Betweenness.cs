namespace DigestGraph.Analyse;

/// <summary>
/// Brandes' betweenness centrality, exact or from a seeded sample of sources, unweighted (BFS) or weighted (Dijkstra,
/// weights as lengths); scaled as NetworkX scales it. Sources run in parallel, each thread with its own buffers.
/// </summary>
public static class Betweenness
{
    public static double[] Compute(AnalysisGraph graph, BetweennessOptions? options = null)
    {
        options ??= new BetweennessOptions();
        var n = graph.NodeCount;
        var sources = ChooseSources(n, options);
        var total = new double[n];
        var gate = new object();
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, sources.Length, Math.Max(1, sources.Length / (8 * Math.Max(1, options.MaxDegreeOfParallelism)))),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) },
            () => new BrandesWorkspace(graph, options.Weighted),
            (range, _, workspace) =>
            {
                for (var i = range.Item1; i < range.Item2; i++) workspace.Accumulate(sources[i]);
                return workspace;
            },
            workspace => { lock (gate) for (var v = 0; v < n; v++) total[v] += workspace.Centrality[v]; });

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
