namespace DigestGraph.Ingest;

/// <summary>One paper as read from a digest entry, a JSON line or an English abstract.</summary>
public sealed record Paper(
    string Id,
    string Title,
    string? TranslatedTitle,
    string Url,
    string Abstract,
    IReadOnlyList<string> CodeLinks,
    SourceLocation Source)
{
    public IReadOnlyList<string> Categories { get; init; } = [];
    public string? UpdateDate { get; init; }
}
