using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Quantities;

/// <summary>
/// A word that gives a number its unit (<c>%</c>, <c>倍</c>, <c>B</c>, <c>ms</c>); a space in <see cref="Text"/> stands for optional whitespace.
/// </summary>
public sealed record UnitWord(string Text, string Unit, double Factor)
{
    /// <summary>May stand apart from the number, after whitespace or a hyphen (<c>67.0 percent</c>, <c>1.58-bit</c>); single letters like <c>B</c> may not.</summary>
    public bool Spaced { get; init; }
    public bool IgnoreCase { get; init; }
    /// <summary>Continuations that show the word means something else (<c>3 位专家</c> is three experts, not three bits).</summary>
    public IReadOnlyList<string> NotFollowedBy { get; init; } = [];

    /// <summary>Where the word ends if it is written at <paramref name="position"/>, or -1.</summary>
    public int MatchAt(string text, int position)
    {
        var j = position;
        foreach (var expected in Text)
        {
            if (expected == ' ')
            {
                while (j < text.Length && TextChars.IsInlineSpace(text[j])) j++;
                continue;
            }
            if (j >= text.Length || !Same(text[j], expected)) return -1;
            j++;
        }
        // A Latin unit must end its word: 3D is not 3 days, xformers is not a multiple.
        if (char.IsAsciiLetter(Text[^1]) && j < text.Length && char.IsAsciiLetterOrDigit(text[j])) return -1;
        foreach (var continuation in NotFollowedBy)
            if (text.AsSpan(j).StartsWith(continuation, StringComparison.Ordinal)) return -1;
        return j;
    }

    private bool Same(char actual, char expected) =>
        actual == expected || (IgnoreCase && InvariantCase.ToLower(actual) == InvariantCase.ToLower(expected));
}
