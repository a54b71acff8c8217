using System.Globalization;

namespace DigestGraph.Extract.Text;

/// <summary>Character classes the finders need: CJK ideographs, Latin name characters, clause punctuation.</summary>
public static class CharClass
{
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static bool HasCjk(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (IsCjk(c)) return true;
        return false;
    }

    public static bool AllCjk(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!IsCjk(c)) return false;
        return true;
    }

    /// <summary>Any letter of any script (<see cref="char.IsLetter(char)"/>).</summary>
    public static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>Letters (Latin, Greek), digits and the superscripts that appear inside model names.</summary>
    public static bool IsNameChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '²' or '³'
        // Accented Latin letters ("Sorbonne Université", "Zürich"), not the × and ÷ among them.
        || (c is >= '\u00C0' and <= '\u024F' and not '×' and not '÷')
        || (c is >= '\u0370' and <= '\u03FF');

    public static bool IsLatinLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>Punctuation that ends a clause in Chinese or English text.</summary>
    public static bool IsClauseBreak(char c) => c is '，' or '。' or '；' or '：' or '！' or '？' or ',' or ';' or ':' or '\n' or '!' or '?';

    /// <summary>Whether a clause break stands in <paramref name="text"/> between <paramref name="from"/> and <paramref name="to"/> (clamped to the text).</summary>
    public static bool HasClauseBreak(string text, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, text.Length); i++)
            if (IsClauseBreak(text[i])) return true;
        return false;
    }

    /// <summary>Where the clause holding <paramref name="position"/> starts, not before <paramref name="limit"/>; punctuation inside brackets does not count ("(FID: 2.81)").</summary>
    public static int ClauseStart(string text, int position, int limit)
    {
        var start = position;
        var depth = 0;
        while (start > limit)
        {
            var ch = text[start - 1];
            if (IsCloseParen(ch)) depth++;
            else if (IsOpenParen(ch)) depth = Math.Max(0, depth - 1);
            else if (depth == 0 && IsClauseBreak(ch)) break;
            start--;
        }
        return start;
    }

    /// <summary>Where the clause holding <paramref name="position"/> ends, not after <paramref name="limit"/>; punctuation inside brackets does not count.</summary>
    public static int ClauseEnd(string text, int position, int limit)
    {
        var end = position;
        var depth = 0;
        while (end < limit)
        {
            var ch = text[end];
            if (IsOpenParen(ch)) depth++;
            else if (IsCloseParen(ch)) depth = Math.Max(0, depth - 1);
            else if (depth == 0 && IsClauseBreak(ch)) break;
            end++;
        }
        return end;
    }

    /// <summary>The first position at or after <paramref name="p"/> that is not a space.</summary>
    public static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && text[p] == ' ') p++;
        return p;
    }

    /// <summary>The position before which, back from <paramref name="p"/>, no space stands.</summary>
    public static int SkipSpacesBack(string text, int p)
    {
        while (p > 0 && text[p - 1] == ' ') p--;
        return p;
    }

    public static bool IsOpenParen(char c) => c is '(' or '（';

    public static bool IsCloseParen(char c) => c is ')' or '）';

    public static bool IsControl(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
}
