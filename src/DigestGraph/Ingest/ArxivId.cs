using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace DigestGraph.Ingest;

/// <summary>arXiv identifiers: new style (<c>2411.10440</c>) and old style (<c>hep-th/9901001</c>), version suffix dropped.</summary>
internal static partial class ArxivId
{
    private const string IdPattern = @"(?<id>\d{4}\.\d{4,5}|[a-z][a-z\-]*(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?";

    [GeneratedRegex(@"^https?://(?:[\w-]+\.)*arxiv\.org/(?:abs|pdf)/" + IdPattern + @"(?:\.pdf)?/?(?:[?#].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PaperUrl();

    [GeneratedRegex("^" + IdPattern + "$", RegexOptions.CultureInvariant)]
    private static partial Regex BareId();

    /// <summary>Reads the id from an <c>arxiv.org/abs/</c> or <c>arxiv.org/pdf/</c> URL.</summary>
    public static bool TryParseUrl(string url, [NotNullWhen(true)] out string? id) => TryMatch(PaperUrl(), url.Trim(), out id);

    /// <summary>Reads a bare id such as <c>2411.10440v2</c>.</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out string? id) => TryMatch(BareId(), text.Trim(), out id);

    public static string AbsUrl(string id) => $"https://arxiv.org/abs/{id}";

    private static bool TryMatch(Regex regex, string text, [NotNullWhen(true)] out string? id)
    {
        var m = regex.Match(text);
        id = m.Success ? m.Groups["id"].Value : null;
        return m.Success;
    }
}
