namespace DigestGraph.Analyse;

/// <summary>Settings for <see cref="Betweenness"/>; the defaults give NetworkX's normalised, unweighted, exact values.</summary>
internal sealed record BetweennessOptions
{
    /// <summary>Treat edge weights as path lengths (Dijkstra); otherwise every edge has length 1 (BFS).</summary>
    public bool Weighted { get; init; }
    /// <summary>Divide by the number of ordered pairs of other nodes, (n-1)(n-2), as NetworkX's <c>normalized=True</c>.</summary>
    public bool Normalized { get; init; } = true;
    /// <summary>When set and smaller than the node count, only this many seeded random sources are used and the result is scaled by n/k.</summary>
    public int? SampleSize { get; init; }
    public int Seed { get; init; } = 42;
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
