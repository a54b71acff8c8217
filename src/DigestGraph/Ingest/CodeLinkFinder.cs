using System.Text.RegularExpressions;

namespace DigestGraph.Ingest;

/// <summary>Finds code and project links (any web address except arXiv's own) in an abstract.</summary>
internal static partial class CodeLinkFinder
{
    // A URL ends at whitespace, brackets, straight or curly quotes and CJK text or punctuation (digests write "https://x。").
    [GeneratedRegex(@"https?://[^\s<>()\[\]{}""'`|\\\u2018-\u201F\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}\p{IsCJKUnifiedIdeographs}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?', '*', '_', '~'];

    public static IReadOnlyList<string> Find(string text)
    {
        List<string>? links = null;
        foreach (var match in WebAddress().EnumerateMatches(text))
        {
            var link = text.AsSpan(match.Index, match.Length).TrimEnd(TrailingPunctuation).ToString();
            if (ArxivId.TryParseUrl(link, out _) || link.Length <= "https://".Length) continue;
            links ??= [];
            if (!links.Contains(link)) links.Add(link);
        }
        return links is null ? [] : links;
    }
}
