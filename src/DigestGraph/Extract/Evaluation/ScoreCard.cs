namespace DigestGraph.Extract.Evaluation;

/// <summary>The guideline's figures, micro-averaged over the papers they were summed from.</summary>
public sealed record ScoreCard(
    int Papers,
    Counts TypedEntities,
    Counts UntypedEntities,
    Counts Introduced,
    Counts Relations,
    Ratio ResultAccuracy,
    Counts Topics,
    Ratio PrimaryTopic)
{
    public static ScoreCard Empty { get; } = new(0, default, default, default, default, default, default, default);

    public static ScoreCard operator +(ScoreCard a, ScoreCard b) => new(
        a.Papers + b.Papers,
        a.TypedEntities + b.TypedEntities,
        a.UntypedEntities + b.UntypedEntities,
        a.Introduced + b.Introduced,
        a.Relations + b.Relations,
        a.ResultAccuracy + b.ResultAccuracy,
        a.Topics + b.Topics,
        a.PrimaryTopic + b.PrimaryTopic);
}
