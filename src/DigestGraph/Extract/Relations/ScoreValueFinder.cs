using DigestGraph.Extract.Quantities;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// The numbers of a span that can be results: plain numbers, percentages, percentage points and Elo ratings, as the
/// <see cref="QuantityRecognizer"/> reads them. Multiples (<c>3 倍</c>), counts (<c>8B</c>), durations and resolutions are not results.
/// </summary>
public static class ScoreValueFinder
{
    private static readonly QuantityRecognizer Recognizer = new();
    private static readonly HashSet<string> ResultUnits = new(StringComparer.Ordinal) { "", "%", "pp", "elo" };

    public static IReadOnlyList<ScoreValue> Find(string text, int start, int end)
    {
        if (end <= start) return [];
        List<ScoreValue>? found = null;
        foreach (var q in Recognizer.Recognize(text[start..end]))
            if (ResultUnits.Contains(q.Unit))
                (found ??= []).Add(new ScoreValue(q.Value, q.Unit, start + q.Start, start + q.Start + q.Length, q.Text));
        return found ?? (IReadOnlyList<ScoreValue>)[];
    }
}
