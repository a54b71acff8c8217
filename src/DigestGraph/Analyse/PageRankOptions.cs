namespace DigestGraph.Analyse;

/// <summary>Settings for <see cref="PageRank"/>; the defaults are NetworkX's.</summary>
public sealed record PageRankOptions
{
    public double Damping { get; init; } = 0.85;
    /// <summary>Stop when the L1 change of the whole vector falls below NodeCount × Tolerance (NetworkX's rule).</summary>
    public double Tolerance { get; init; } = 1e-6;
    public int MaxIterations { get; init; } = 100;
}
