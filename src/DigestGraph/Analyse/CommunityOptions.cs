namespace DigestGraph.Analyse;

/// <summary>Settings for <see cref="Leiden"/>.</summary>
internal sealed record CommunityOptions
{
    /// <summary>Modularity resolution γ: above 1 gives more, smaller communities.</summary>
    public double Resolution { get; init; } = 1.0;
    /// <summary>Seeds the node visiting order; the same seed on the same graph gives the same partition.</summary>
    public int Seed { get; init; } = 42;
    /// <summary>Full Leiden passes; each later pass starts from the previous result and never lowers its quality.</summary>
    public int Iterations { get; init; } = 2;
}
