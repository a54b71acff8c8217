namespace DigestGraph.Extract.Quantities;

/// <summary>Web addresses, whose digits (<c>arxiv.org/abs/2411.10440</c>) are never quantities.</summary>
internal static class UrlSpan
{
    /// <summary>Where the address starting at <paramref name="start"/> ends, or -1 when none starts there.</summary>
    public static int EndOfUrl(string text, int start)
    {
        if (text[start] is not ('h' or 'H' or 'w' or 'W')) return -1;
        var rest = text.AsSpan(start);
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            && !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return -1;
        var j = start;
        while (j < text.Length && !EndsUrl(text[j])) j++;
        return j;
    }

    private static bool EndsUrl(char c) =>
        char.IsWhiteSpace(c) || c is ')' or ']' or '>' or '"' or '\'' or '}' or '）' || c >= '\u2E80';
}
