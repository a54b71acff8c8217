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
        var boundaries = new EntryBoundaries();
        var sliceStart = 0;
        var sliceLine = 0;
        var line = 0;
        for (var lineStart = 0; lineStart < source.Length; line++)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = source.Length;
            if (boundaries.StartsEntry(source.AsSpan(lineStart, lineEnd - lineStart)) && lineStart > sliceStart)
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
}
