namespace DigestGraph.Extract;

/// <summary>A typed relation stated by one paper, between entity names of that paper, with the sentence it came from.</summary>
public sealed record ExtractedRelation(RelationType Type, string Source, string Target, string Evidence)
{
    public string? Metric { get; init; }
    public string? Value { get; init; }
}
