using DigestGraph.Ingest;

namespace DigestGraph.Synthetic;

/// <summary>One generated digest entry; <see cref="ToMarkdown"/> writes it in the seed digests' layout.</summary>
internal sealed record SyntheticEntry(string Id, string Title, string? TranslatedTitle, string Abstract, bool IsEnglish)
{
    public string ToMarkdown() =>
        $"## {Title}\n[{TranslatedTitle ?? Title}]({ArxivId.AbsUrl(Id)})\n\n{Abstract}\n\n";
}
