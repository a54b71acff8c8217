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
    public PageRankOptions PageRank { get; init; } = new();
}
