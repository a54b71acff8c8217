using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// Type cues by the character (upper case, as OrdinalIgnoreCase compares) they start or, for cues before a position,
/// end with, longest first: a position is compared only with the cues that can start or end there.
/// </summary>
public sealed class TypeCueIndex
{
    private readonly Dictionary<char, (IgnoreCaseText Cue, EntityType Type)[]> _byKey;
    // Every character whose upper case is a key: the typers ask at many positions that no cue starts or ends at.
    private readonly CharSet _keyChars;
    private readonly bool _endingAt;

    public TypeCueIndex(IEnumerable<(string Cue, EntityType Type)> longestFirst, bool endingAt)
    {
        _endingAt = endingAt;
        _byKey = longestFirst
            .GroupBy(c => char.ToUpperInvariant(endingAt ? c.Cue[^1] : c.Cue[0]))
            .ToDictionary(g => g.Key, g => g.Select(c => (new IgnoreCaseText(c.Cue), c.Type)).ToArray());
        _keyChars = CharSet.Where(c => _byKey.ContainsKey(InvariantCase.ToUpper(c)));
    }

    /// <summary>The type named by the longest cue starting (or ending) at <paramref name="at"/>; Latin cues must be whole words.</summary>
    public EntityType? Find(string text, int at)
    {
        var keyAt = _endingAt ? at - 1 : at;
        if (keyAt < 0 || keyAt >= text.Length || !_keyChars.Contains(text[keyAt])
            || !_byKey.TryGetValue(InvariantCase.ToUpper(text[keyAt]), out var cues)) return null;
        foreach (var (cue, type) in cues)
        {
            var start = _endingAt ? at - cue.Length : at;
            if (!cue.IsAt(text, start)) continue;
            var end = start + cue.Length;
            if (CharClass.IsLatinLetter(cue.Value[^1]) && end < text.Length && CharClass.IsNameChar(text[end])) continue;
            if (CharClass.IsLatinLetter(cue.Value[0]) && start > 0 && CharClass.IsNameChar(text[start - 1])) continue;
            return type;
        }
        return null;
    }
}
