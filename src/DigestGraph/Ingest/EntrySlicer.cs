namespace DigestGraph.Ingest;

/// <summary>
/// Cuts a digest into slices that each start at an ATX heading of level 1 or 2 outside fenced code, so that Markdig
/// parses one entry at a time: the same blocks as one big parse, at a fraction of the memory and time on large inputs.
/// </summary>
internal static class EntrySlicer
{
    /// <summary>A slice of the source: start offset, length and the 0-based line it starts on.</summary>
    public readonly record struct Slice(int Start, int Length, int FirstLine);

    public static IEnumerable<Slice> Split(string source)
    {
        var sliceStart = 0;
        var sliceLine = 0;
        var line = 0;
        var fence = default(char);
        var fenceLength = 0;
        for (var lineStart = 0; lineStart < source.Length; line++)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = source.Length;
            var text = source.AsSpan(lineStart, lineEnd - lineStart);

            if (fence != default)
            {
                if (IsFence(text, out var c, out var length) && c == fence && length >= fenceLength && text.TrimStart().TrimStart(c).IsWhiteSpace())
                    fence = default;
            }
            else if (IsFence(text, out var c, out var length))
            {
                fence = c;
                fenceLength = length;
            }
            else if (lineStart > sliceStart && IsEntryHeading(text))
            {
                yield return new Slice(sliceStart, lineStart - sliceStart, sliceLine);
                sliceStart = lineStart;
                sliceLine = line;
            }
            lineStart = lineEnd + 1;
        }
        if (sliceStart < source.Length)
            yield return new Slice(sliceStart, source.Length - sliceStart, sliceLine);
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
