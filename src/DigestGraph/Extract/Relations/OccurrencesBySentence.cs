using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations;

/// <summary>The occurrences starting in each sentence, found in one walk: both are in text order, so no search per sentence is needed.</summary>
public static class OccurrencesBySentence
{
    /// <param name="occurrences">Sorted by start (<see cref="Occurrence.InTextOrder"/>).</param>
    /// <param name="sentences">Ordered and disjoint, as <see cref="SentenceSplitter"/> makes them.</param>
    public static ArraySegment<Occurrence>[] Slice(Occurrence[] occurrences, IReadOnlyList<Sentence> sentences)
    {
        var slices = new ArraySegment<Occurrence>[sentences.Count];
        var first = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            var s = sentences[k];
            while (first < occurrences.Length && occurrences[first].Start < s.Start) first++;
            var end = first;
            while (end < occurrences.Length && occurrences[end].Start < s.End) end++;
            slices[k] = new ArraySegment<Occurrence>(occurrences, first, end - first);
            first = end;
        }
        return slices;
    }
}
