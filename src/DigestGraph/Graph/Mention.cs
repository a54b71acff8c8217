namespace DigestGraph.Graph;

/// <summary>A paper mentions (or introduces) an entity; <see cref="Evidence"/> is the sentence the paper names it in.</summary>
public sealed record Mention(string PaperId, string EntityKey, bool Introduced)
{
    public string? Evidence { get; init; }
}
