namespace DigestGraph.Ingest;

/// <summary>
/// Finds, line by line, where digest entries start: an ATX heading of level 1 or 2 outside fenced code. Keeps the
/// fence state between lines, so a file can be cut into entries as it streams past.
/// </summary>
internal sealed class EntryBoundaries
{
    private char _fence;
    private int _fenceLength;

    /// <summary>Whether <paramref name="line"/> (without its line end) starts an entry; call it for every line in order.</summary>
    public bool StartsEntry(ReadOnlySpan<char> line)
    {
        if (_fence != default)
        {
            if (IsFence(line, out var c, out var length) && c == _fence && length >= _fenceLength && line.TrimStart().TrimStart(c).IsWhiteSpace())
                _fence = default;
            return false;
        }
        if (IsFence(line, out var fence, out var fenceLength))
        {
            _fence = fence;
            _fenceLength = fenceLength;
            return false;
        }
        return IsEntryHeading(line);
    }

    private static bool IsEntryHeading(ReadOnlySpan<char> line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent > 3) return false;
        var rest = line[indent..];
        var hashes = rest.Length - rest.TrimStart('#').Length;
        return hashes is 1 or 2 && (rest.Length == hashes || rest[hashes] is ' ' or '\t');
    }

    private static bool IsFence(ReadOnlySpan<char> line, out char fenceChar, out int length)
    {
        var trimmed = line.TrimStart(' ');
        fenceChar = trimmed.Length > 0 ? trimmed[0] : default;
        length = fenceChar is '`' or '~' ? trimmed.Length - trimmed.TrimStart(fenceChar).Length : 0;
        return line.Length - trimmed.Length <= 3 && length >= 3;
    }
}
