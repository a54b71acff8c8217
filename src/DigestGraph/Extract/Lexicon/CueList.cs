namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// Cue words of one kind, longest first. Latin cues match whole words, case-insensitively; Chinese cues match anywhere.
/// </summary>
public sealed class CueList
{
    private readonly string[] _cues;
    // Cues by their first character (lower case), longest first: a position is compared only with cues that can start there.
    private readonly Dictionary<char, string[]> _byFirst;

    public CueList(IEnumerable<string> cues)
    {
        _cues = cues.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length).ToArray();
        _byFirst = _cues.GroupBy(c => char.ToLowerInvariant(c[0])).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<string> Cues => _cues;

    /// <summary>The cue that starts exactly at <paramref name="position"/>, if any.</summary>
    public string? MatchAt(string text, int position)
    {
        if (position < 0 || position >= text.Length || !_byFirst.TryGetValue(char.ToLowerInvariant(text[position]), out var candidates))
            return null;
        foreach (var cue in candidates)
            if (IsAt(text, position, cue)) return cue;
        return null;
    }

    /// <summary>The cue that ends exactly at <paramref name="end"/> (text before a name), if any.</summary>
    public string? MatchEndingAt(string text, int end)
    {
        foreach (var cue in _cues)
            if (end - cue.Length >= 0 && IsAt(text, end - cue.Length, cue)) return cue;
        return null;
    }

    /// <summary>Every cue occurrence in [start, end), left to right, not overlapping.</summary>
    public IEnumerable<(int Position, string Cue)> FindAll(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var cue = MatchAt(text, i);
            if (cue is not null && i + cue.Length <= end)
            {
                yield return (i, cue);
                i += cue.Length;
            }
            else i++;
        }
    }

    public bool AnyIn(string text, int start, int end) => FindAll(text, start, end).Any();

    /// <summary>Whether <paramref name="cue"/> is written at <paramref name="position"/> (a whole word when it is Latin).</summary>
    public static bool IsWordAt(string text, int position, string cue) => IsAt(text, position, cue);

    private static bool IsAt(string text, int position, string cue)
    {
        if (position < 0 || position + cue.Length > text.Length) return false;
        if (!text.AsSpan(position, cue.Length).Equals(cue, StringComparison.OrdinalIgnoreCase)) return false;
        if (!Text.CharClass.IsLatinLetter(cue[0])) return true;
        var before = position == 0 || !Text.CharClass.IsNameChar(text[position - 1]);
        var after = position + cue.Length == text.Length || !Text.CharClass.IsNameChar(text[position + cue.Length])
            || !Text.CharClass.IsLatinLetter(cue[^1]);
        return before && after;
    }
}
