using System.Runtime.CompilerServices;

namespace DigestGraph.Analyse;

/// <summary>
/// Weighted modularity as NetworkX and igraph define it on an undirected graph:
/// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with a self-loop counted twice in a degree. A directed graph is taken undirected.
/// </summary>
public static class Modularity
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Compute(AnalysisGraph graph, Partition partition, double resolution = 1.0)
    {
        var g = graph.ToUndirected();
        if (partition.NodeCount != g.NodeCount)
            throw new ArgumentException($"The partition covers {partition.NodeCount} nodes but the graph has {g.NodeCount}.", nameof(partition));
        var inside = new double[partition.Count];
        var degree = new double[partition.Count];
        var twoM = 0.0;
        for (var v = 0; v < g.NodeCount; v++)
        {
            var c = partition[v];
            var targets = g.Neighbours(v);
            var weights = g.NeighbourWeights(v);
            for (var i = 0; i < targets.Length; i++)
            {
                var w = targets[i] == v ? 2 * weights[i] : weights[i];
                degree[c] += w;
                twoM += w;
                if (partition[targets[i]] == c) inside[c] += w;
            }
        }
        if (twoM == 0) return 0;
        var q = 0.0;
        for (var c = 0; c < partition.Count; c++)
            q += inside[c] / twoM - resolution * (degree[c] / twoM) * (degree[c] / twoM);
        return q;
    }
}
