using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Lexicon;

/// <summary>
/// Candidates that share their first two characters (longest first), also kept by their third: a scan compares only
/// those that can match the text's third character. A Latin prefix like "re" or "co" starts dozens of aliases.
/// </summary>
public sealed class ThirdCharIndex<T>
{
    // Per third character (ASCII upper-cased), the candidates in their order that have it or whose third character
    // cannot be told apart that simply (case beyond ASCII, or no third character).
    private readonly Dictionary<char, T[]> _byThird;
    private readonly T[] _undecided;

    public ThirdCharIndex(IReadOnlyList<T> longestFirst, Func<T, IgnoreCaseText> textOf)
    {
        var thirds = longestFirst.Select(c => textOf(c).FoldedAt(2)).ToArray();
        _undecided = longestFirst.Where((_, k) => thirds[k] is null).ToArray();
        _byThird = thirds.OfType<char>().Distinct().ToDictionary(
            third => third,
            third => longestFirst.Where((_, k) => thirds[k] is null || thirds[k] == third).ToArray());
    }

    /// <summary>The candidates that can be written at <paramref name="position"/> of <paramref name="text"/>, in their order.</summary>
    public T[] At(string text, int position) =>
        position + 2 < text.Length && _byThird.TryGetValue(IgnoreCaseText.Fold(text[position + 2]), out var candidates)
            ? candidates
            : _undecided;
}
