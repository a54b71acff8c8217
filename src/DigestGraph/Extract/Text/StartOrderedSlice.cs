namespace DigestGraph.Extract.Text;

/// <summary>The items of an array sorted by start position that start inside a sentence: a slice found by binary search, not a filtered copy.</summary>
public static class StartOrderedSlice
{
    public static ArraySegment<T> In<T>(T[] sortedByStart, Func<T, int> start, Sentence s)
    {
        var first = FirstAtOrAfter(sortedByStart, start, s.Start);
        return new ArraySegment<T>(sortedByStart, first, FirstAtOrAfter(sortedByStart, start, s.End) - first);
    }

    private static int FirstAtOrAfter<T>(T[] sortedByStart, Func<T, int> start, int position)
    {
        int lo = 0, hi = sortedByStart.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (start(sortedByStart[mid]) < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
