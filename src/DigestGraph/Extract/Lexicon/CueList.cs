using System.Buffers;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// Cue words of one kind, longest first. Latin cues match whole words, case-insensitively; Chinese cues match anywhere.
/// </summary>
public sealed class CueList
{
    private readonly string[] _cues;
    // Cues by their first and by their last character (upper case, as OrdinalIgnoreCase compares), longest first:
    // a position is compared only with the cues that can start or end there.
    private readonly Dictionary<char, IgnoreCaseText[]> _byFirst;
    private readonly Dictionary<char, IgnoreCaseText[]> _byLast;
    // Every character a cue can start with, in both cases: FindAll jumps (vectorised) from one to the next when they are
    // ASCII or few; many Chinese ones (a merged list's) start about every other character, where a bit per character is cheaper.
    private readonly SearchValues<char>? _firstChars;
    private readonly CharSet? _firstSet;
    // Every character whose upper case a cue ends with: most positions a caller asks about are told apart without a lookup.
    private readonly CharSet _lastChars;

    // SearchValues searches up to five characters with vector instructions whatever they are.
    private const int MaxVectorisedFirstChars = 5;

    public CueList(IEnumerable<string> cues)
    {
        _cues = cues.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length).ToArray();
        _byFirst = _cues.GroupBy(c => char.ToUpperInvariant(c[0])).ToDictionary(g => g.Key, g => g.Select(c => new IgnoreCaseText(c)).ToArray());
        _byLast = _cues.GroupBy(c => char.ToUpperInvariant(c[^1])).ToDictionary(g => g.Key, g => g.Select(c => new IgnoreCaseText(c)).ToArray());
        var firstChars = InvariantCase.InEitherCase(_cues.Select(c => c[0])).Order().ToArray();
        if (firstChars.Length <= MaxVectorisedFirstChars || firstChars.All(char.IsAscii)) _firstChars = SearchValues.Create(firstChars);
        else _firstSet = new CharSet(firstChars);
        _lastChars = CharSet.Where(c => _byLast.ContainsKey(InvariantCase.ToUpper(c)));
    }

    public IReadOnlyList<string> Cues => _cues;

    /// <summary>The cue that starts exactly at <paramref name="position"/>, if any.</summary>
    public string? MatchAt(string text, int position)
    {
        if (position < 0 || position >= text.Length || !_byFirst.TryGetValue(InvariantCase.ToUpper(text[position]), out var candidates))
            return null;
        foreach (var cue in candidates)
            if (IsWordAt(text, position, cue)) return cue.Value;
        return null;
    }

    /// <summary>The cue that ends exactly at <paramref name="end"/> (text before a name), if any.</summary>
    public string? MatchEndingAt(string text, int end)
    {
        if (end <= 0 || end > text.Length || !_lastChars.Contains(text[end - 1])
            || !_byLast.TryGetValue(InvariantCase.ToUpper(text[end - 1]), out var candidates))
            return null;
        foreach (var cue in candidates)
            if (IsWordAt(text, end - cue.Length, cue)) return cue.Value;
        return null;
    }

    /// <summary>Every cue occurrence in [start, end), left to right, not overlapping.</summary>
    public IReadOnlyList<(int Position, string Cue)> FindAll(string text, int start, int end)
    {
        // Most sentences hold none of a list's cues: then nothing is allocated.
        List<(int Position, string Cue)>? found = null;
        var i = start;
        while (Next(text, ref i, end) is { } cue)
        {
            (found ??= []).Add((i, cue));
            i += cue.Length;
        }
        return found ?? (IReadOnlyList<(int Position, string Cue)>)[];
    }

    /// <summary>
    /// The next cue of <see cref="FindAll"/>'s in [<paramref name="position"/>, <paramref name="end"/>), <paramref name="position"/>
    /// moved to it, or null: a caller that keeps the cues in its own shape reads them without a list per call.
    /// </summary>
    public string? Next(string text, ref int position, int end)
    {
        position = Math.Max(position, 0);
        return NextIn(text, ref position, Math.Min(end, text.Length));
    }

    public bool AnyIn(string text, int start, int end)
    {
        var i = Math.Max(start, 0);
        return NextIn(text, ref i, Math.Min(end, text.Length)) is not null;
    }

    /// <summary>The first cue at or after <paramref name="i"/> that ends by <paramref name="end"/>; <paramref name="i"/> is moved to it.</summary>
    private string? NextIn(string text, ref int i, int end)
    {
        while (i < end)
        {
            if (_firstChars is not null)
            {
                var next = text.AsSpan(i, end - i).IndexOfAny(_firstChars);
                if (next < 0) return null;
                i += next;
            }
            else
            {
                while (i < end && !_firstSet!.Contains(text[i])) i++;
                if (i == end) return null;
            }
            var letter = CharClass.IsLatinLetter(text[i]);
            // Inside a Latin word no cue starts: cues starting with a letter are whole words.
            var cue = letter && i > 0 && CharClass.IsNameChar(text[i - 1]) ? null : MatchAt(text, i);
            if (cue is not null && i + cue.Length <= end) return cue;
            i++;
            // The word's further letters are inside it too: skipped at once rather than found one by one.
            if (letter)
                while (i < end && CharClass.IsLatinLetter(text[i])) i++;
        }
        return null;
    }

    /// <summary>Whether <paramref name="cue"/> is written at <paramref name="position"/> (a whole word when it is Latin).</summary>
    public static bool IsWordAt(string text, int position, IgnoreCaseText cue)
    {
        if (!cue.IsAt(text, position)) return false;
        var value = cue.Value;
        if (!CharClass.IsLatinLetter(value[0])) return true;
        var before = position == 0 || !CharClass.IsNameChar(text[position - 1]);
        var after = position + value.Length == text.Length || !CharClass.IsNameChar(text[position + value.Length])
            || !CharClass.IsLatinLetter(value[^1]);
        return before && after;
    }
}
