namespace DigestGraph.Extract.Text;

/// <summary>
/// A cue or alias compared with text as <see cref="StringComparison.OrdinalIgnoreCase"/> (or, when case-sensitive,
/// <see cref="StringComparison.Ordinal"/>) does, but inline from the last character: scans compare many candidates
/// that share their first characters with the text, and the call per candidate cost more than the comparison.
/// </summary>
public readonly struct IgnoreCaseText
{
    // The value with ASCII letters upper-cased: exact for OrdinalIgnoreCase when every other character has no case
    // (CJK, digits, punctuation), as no non-ASCII character equals an ASCII letter ignoring case. Null otherwise.
    private readonly string? _asciiUpper;
    private readonly bool _caseSensitive;

    public IgnoreCaseText(string value, bool caseSensitive = false)
    {
        Value = value;
        _caseSensitive = caseSensitive;
        _asciiUpper = caseSensitive || !value.All(c => char.IsAscii(c) || HasNoCase(c)) ? null : value.ToUpperInvariant();
    }

    public string Value { get; }

    public int Length => Value.Length;

    /// <summary>Whether <paramref name="text"/> (as long as the value) spells the value.</summary>
    public bool Matches(ReadOnlySpan<char> text)
    {
        if (text.Length != Value.Length) return false;
        if (_caseSensitive) return text.SequenceEqual(Value);
        if (_asciiUpper is null) return text.Equals(Value, StringComparison.OrdinalIgnoreCase);
        var upper = _asciiUpper.AsSpan();
        for (var k = text.Length - 1; k >= 0; k--)
        {
            var t = text[k];
            if (Fold(t) != upper[k]) return false;
        }
        return true;
    }

    /// <summary>
    /// The character at <paramref name="index"/> as <see cref="Fold"/> gives it: a text character with another fold
    /// cannot match there. Null when there is none or its case goes beyond ASCII.
    /// </summary>
    public char? FoldedAt(int index) =>
        index < Value.Length && (char.IsAscii(Value[index]) || HasNoCase(Value[index])) ? Fold(Value[index]) : null;

    /// <summary>A character with ASCII letters upper-cased.</summary>
    public static char Fold(char c) => char.IsAsciiLetterLower(c) ? (char)(c - ('a' - 'A')) : c;

    /// <summary>Whether <paramref name="text"/> spells the value at <paramref name="position"/>.</summary>
    public bool IsAt(string text, int position) =>
        position >= 0 && position <= text.Length - Value.Length && Matches(text.AsSpan(position, Value.Length));

    private static bool HasNoCase(char c) =>
        !char.IsSurrogate(c) && char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c;
}
