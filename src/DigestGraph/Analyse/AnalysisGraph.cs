using QuikGraph;

namespace DigestGraph.Analyse;

/// <summary>
/// A compact weighted graph for analysis: nodes are 0..n-1 with string ids, adjacency in CSR arrays.
/// Undirected graphs store each edge in both rows (a self-loop once); directed graphs store out-edges and build the
/// in-edge (reverse) view on demand. The analysis's hot loops are marked AggressiveOptimization: each runs once per
/// analysis, so tiered compilation would otherwise run them as unoptimised tier-0 code.
/// </summary>
public sealed class AnalysisGraph
{
    private AnalysisGraph? _reverse;

    internal AnalysisGraph(IReadOnlyList<string> nodeIds, bool isDirected, int[] offsets, int[] targets, double[] weights)
    {
        NodeIds = nodeIds;
        IsDirected = isDirected;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
    }

    public IReadOnlyList<string> NodeIds { get; }
    public bool IsDirected { get; }
    public int NodeCount => Offsets.Length - 1;

    /// <summary>Row starts: the out-neighbours of node v are <c>Targets[Offsets[v]..Offsets[v+1]]</c>.</summary>
    internal int[] Offsets { get; }
    internal int[] Targets { get; }
    internal double[] Weights { get; }

    /// <summary>Number of edges (an undirected edge, self-loops included, counts once).</summary>
    public long EdgeCount
    {
        get
        {
            if (IsDirected) return Targets.Length;
            long selfLoops = 0;
            for (var v = 0; v < NodeCount; v++)
                for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
                    if (Targets[i] == v) selfLoops++;
            return (Targets.Length - selfLoops) / 2 + selfLoops;
        }
    }

    public ReadOnlySpan<int> Neighbours(int v) => Targets.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);
    public ReadOnlySpan<double> NeighbourWeights(int v) => Weights.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);
    public int OutDegree(int v) => Offsets[v + 1] - Offsets[v];

    /// <summary>The graph with every edge reversed (the in-edge view); an undirected graph is its own reverse.</summary>
    public AnalysisGraph Reverse()
    {
        if (!IsDirected) return this;
        return _reverse ??= BuildReverse();
    }

    /// <summary>Packs a projection (<see cref="ProjectionGraph"/>) into arrays, node v being <paramref name="nodeOrder"/>[v].</summary>
    public static AnalysisGraph Compile(IUndirectedGraph<string, TaggedUndirectedEdge<string, double>> graph, IReadOnlyList<string> nodeOrder)
    {
        var builder = new AnalysisGraphBuilder(directed: false);
        foreach (var id in nodeOrder) builder.AddNode(id);
        foreach (var edge in graph.Edges) builder.AddEdge(edge.Source, edge.Target, edge.Tag);
        return builder.Build();
    }

    /// <summary>The undirected view: a directed edge becomes an undirected one; both directions sum their weights.</summary>
    public AnalysisGraph ToUndirected()
    {
        if (!IsDirected) return this;
        var builder = new AnalysisGraphBuilder(directed: false);
        foreach (var id in NodeIds) builder.AddNode(id);
        for (var v = 0; v < NodeCount; v++)
            for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
                builder.AddEdge(v, Targets[i], Weights[i]);
        return builder.Build();
    }

    /// <summary>Weighted degree; in an undirected graph a self-loop counts twice (as NetworkX and igraph count it).</summary>
    public double Strength(int v)
    {
        var s = 0.0;
        for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
            s += !IsDirected && Targets[i] == v ? 2 * Weights[i] : Weights[i];
        return s;
    }

    private AnalysisGraph BuildReverse()
    {
        var n = NodeCount;
        var offsets = new int[n + 1];
        foreach (var t in Targets) offsets[t + 1]++;
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        var cursor = offsets[..^1].ToArray();
        var targets = new int[Targets.Length];
        var weights = new double[Targets.Length];
        for (var v = 0; v < n; v++)
            for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
            {
                var slot = cursor[Targets[i]]++;
                targets[slot] = v;
                weights[slot] = Weights[i];
            }
        return new AnalysisGraph(NodeIds, true, offsets, targets, weights) { _reverse = this };
    }
}
