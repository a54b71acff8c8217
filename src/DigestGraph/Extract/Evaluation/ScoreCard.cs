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

/// <summary>What one paper's prediction missed or added, for reading errors.</summary>
public sealed record PaperMisses(
    string Id,
    string Title,
    IReadOnlyList<string> MissedEntities,
    IReadOnlyList<string> SpuriousEntities,
    IReadOnlyList<string> WrongTypes,
    IReadOnlyList<string> WrongIntroduced,
    IReadOnlyList<string> MissedRelations,
    IReadOnlyList<string> SpuriousRelations,
    IReadOnlyList<string> WrongValues,
    IReadOnlyList<string> TopicErrors)
{
    public bool IsEmpty => MissedEntities.Count + SpuriousEntities.Count + WrongTypes.Count + WrongIntroduced.Count + MissedRelations.Count
        + SpuriousRelations.Count + WrongValues.Count + TopicErrors.Count == 0;
}

/// <summary>A file's score with its per-paper misses.</summary>
public sealed record FileScore(string Name, ScoreCard Score, IReadOnlyList<PaperMisses> Misses);
