namespace DigestGraph.Ingest;

/// <summary>Where a paper (or a problem) was found: a file and a 1-based line.</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}

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
