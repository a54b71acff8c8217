namespace DigestGraph.Analyse;

/// <summary>Settings for <see cref="ClusterAnalysis"/>.</summary>
public sealed record ClusterOptions
{
    public double Resolution { get; init; } = 1.0;
    public int Seed { get; init; } = 42;
    public CooccurrenceWeighting EntityWeighting { get; init; } = CooccurrenceWeighting.Count;
    /// <summary>Distinctive entities (and, separately, topics) that make up a cluster's label.</summary>
    public int LabelTerms { get; init; } = 3;
    public int RepresentativePapers { get; init; } = 3;
    /// <summary>Models, benchmarks and methods listed per cluster.</summary>
    public int KeyEntities { get; init; } = 5;
    /// <summary>Above this many nodes betweenness is estimated from <see cref="BetweennessSampleSize"/> sources.</summary>
    public int ExactBetweennessLimit { get; init; } = 5000;
    public int BetweennessSampleSize { get; init; } = 1000;
    /// <summary>Edge visits sampled betweenness may spend in all (sources × (nodes + adjacency entries)).</summary>
    public long BetweennessWork { get; init; } = 50_000_000;
    public int MinBetweennessSources { get; init; } = 32;
    /// <summary>How sparse the paper and entity projections are kept.</summary>
    public ProjectionOptions Projection { get; init; } = new();
    public PageRankOptions PageRank { get; init; } = new();
}
