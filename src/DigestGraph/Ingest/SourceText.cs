namespace DigestGraph.Ingest;

/// <summary>Input text made uniform before parsing: no byte-order mark, LF line ends; and the checks every input gets.</summary>
internal static class SourceText
{
    public static string Normalize(string text)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var body = start == 0 ? text : text[start..];
        return body.Contains('\r') ? body.Replace("\r\n", "\n").Replace('\r', '\n') : body;
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
