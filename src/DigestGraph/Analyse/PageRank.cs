using System.Runtime.CompilerServices;

namespace DigestGraph.Analyse;

/// <summary>
/// Weighted PageRank by power iteration, defined as NetworkX defines it: an undirected edge is followed both ways,
/// out-edges are followed in proportion to their weight, and a dangling node (no out-weight) spreads its rank uniformly.
/// </summary>
public static class PageRank
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PageRankResult Compute(AnalysisGraph graph, PageRankOptions? options = null)
    {
        options ??= new PageRankOptions();
        var n = graph.NodeCount;
        if (n == 0) return new PageRankResult([], 0, true);
        var alpha = options.Damping;

        var outWeight = new double[n];
        for (var v = 0; v < n; v++)
        {
            var s = 0.0;
            foreach (var w in graph.NeighbourWeights(v)) s += w;
            outWeight[v] = s;
        }
        var incoming = graph.Reverse();
        int[] inOffsets = incoming.Offsets, inSources = incoming.Targets;
        var inWeights = incoming.Weights;

        var x = new double[n];
        var next = new double[n];
        var share = new double[n];
        Array.Fill(x, 1.0 / n);
        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                if (outWeight[v] > 0) share[v] = x[v] / outWeight[v];
                else { share[v] = 0; dangling += x[v]; }
            }
            var baseline = (alpha * dangling + 1 - alpha) / n;
            var change = 0.0;
            for (var v = 0; v < n; v++)
            {
                var sum = 0.0;
                for (var i = inOffsets[v]; i < inOffsets[v + 1]; i++) sum += share[inSources[i]] * inWeights[i];
                var value = alpha * sum + baseline;
                change += Math.Abs(value - x[v]);
                next[v] = value;
            }
            (x, next) = (next, x);
            if (change < n * options.Tolerance) return new PageRankResult(x, iteration, true);
        }
        return new PageRankResult(x, options.MaxIterations, false);
    }
}
