using System.Buffers;
using System.Text;

namespace DigestGraph.Ingest;

/// <summary>
/// Input text made uniform before parsing: no byte-order mark, LF line ends, no control characters; and the checks
/// every input gets.
/// </summary>
internal static class SourceText
{
    // Characters that are never text: C0 and C1 controls and the invisible bidirectional overrides (they reorder what a
    // terminal shows); tab and line feed are handled on their own.
    private static readonly SearchValues<char> NotText = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000D\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F" +
        "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static string Normalize(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var body = start == 0 ? text : text[start..];
        return body.Contains('\r') ? body.Replace("\r\n", "\n").Replace('\r', '\n') : body;
    }

    /// <summary>
    /// The text without control characters, so that nothing downstream stores or prints them: a terminal escape
    /// sequence (<c>ESC [ 31 m</c>) goes whole, CR LF and CR become LF, vertical tab and form feed a space, every other
    /// control character is dropped. Tab and line feed stay (they separate words and paragraphs in abstracts).
    /// </summary>
    public static string WithoutControls(string text)
    {
        var first = text.AsSpan().IndexOfAny(NotText);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NotText.Contains(c)) sb.Append(c);
            else if (c == '\r') sb.Append('\n');
            else if (c is '\u000B' or '\u000C') sb.Append(' ');
            else if (c == '\u001B') i = EscapeSequenceEnd(text, i);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
        }
        return sb.ToString();
    }

    /// <summary>The last index of the escape sequence at <paramref name="esc"/>: a CSI sequence (ESC [ digits and ; final letter), else the ESC alone.</summary>
    private static int EscapeSequenceEnd(string text, int esc)
    {
        if (esc + 1 >= text.Length || text[esc + 1] != '[') return esc;
        var i = esc + 2;
        while (i < text.Length && text[i] is >= '\u0030' and <= '\u003F') i++;
        return i < text.Length && text[i] is >= '\u0040' and <= '\u007E' ? i : esc;
    }

    /// <summary>The problem that makes a whole (normalized) file unreadable: empty, or binary (a NUL character).</summary>
    public static IngestProblem? FindFileProblem(string normalized, string file)
    {
        if (string.IsNullOrWhiteSpace(normalized))
            return new IngestProblem(new SourceLocation(file, 1), "empty file: no entries");
        var nul = normalized.IndexOf('\0');
        if (nul >= 0)
            return new IngestProblem(new SourceLocation(file, LineAt(normalized, nul)), "not UTF-8 text: contains a NUL byte");
        return null;
    }

    /// <summary>The 1-based line of a character offset.</summary>
    public static int LineAt(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;
}
