using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Entities;

/// <summary>
/// The coordinated list of names an occurrence stands in ("on ImageNet, COCO and ADE20K", "MMAU、MMAR 和 MMSU"): the list's
/// start and end, so a cue before the list's head or after its tail reaches every name in it.
/// </summary>
public static class NameList
{
    private const int MaxItems = 8;
    private const int MaxItemWords = 4;

    /// <summary>The span of the list holding [start, end), or the occurrence itself when it stands alone.</summary>
    public static (int Start, int End) Extent(string text, int start, int end)
    {
        var listStart = start;
        for (var item = 0; item < MaxItems; item++)
        {
            var p = SeparatorBefore(text, listStart);
            if (p < 0) break;
            var itemStart = ItemStartBefore(text, p);
            if (itemStart < 0) break;
            listStart = itemStart;
        }
        var listEnd = end;
        for (var item = 0; item < MaxItems; item++)
        {
            var p = SeparatorAfter(text, listEnd);
            if (p < 0) break;
            var itemEnd = ItemEndAfter(text, p);
            if (itemEnd < 0) break;
            listEnd = itemEnd;
        }
        return (listStart, listEnd);
    }

    /// <summary>Whether only a list separator (",", "、", "and", "和" ...) stands between <paramref name="end"/> and <paramref name="next"/>.</summary>
    public static bool Joins(string text, int end, int next) => SeparatorAfter(text, end) == next;

    /// <summary>Where the text before a separator ends (",", "、", "and", "or", "和", "与", "及" before <paramref name="position"/>), or -1.</summary>
    private static int SeparatorBefore(string text, int position)
    {
        var p = CharClass.SkipSpacesBack(text, position);
        if (p == 0) return -1;
        if (text[p - 1] is ',' or '、' or '，' or '和' or '与' or '及') return CharClass.SkipSpacesBack(text, p - 1);
        foreach (var word in (ReadOnlySpan<string>)["and", "or"])
            if (p > word.Length && text.AsSpan(p - word.Length, word.Length).SequenceEqual(word) && !CharClass.IsNameChar(text[p - word.Length - 1]))
            {
                var q = CharClass.SkipSpacesBack(text, p - word.Length);
                // "X, Y, and Z": the Oxford comma.
                return q > 0 && text[q - 1] == ',' ? CharClass.SkipSpacesBack(text, q - 1) : q;
            }
        return -1;
    }

    private static int SeparatorAfter(string text, int position)
    {
        var p = CharClass.SkipSpaces(text, position);
        if (p >= text.Length) return -1;
        if (text[p] is ',' or '、' or '，' or '和' or '与' or '及')
        {
            p = CharClass.SkipSpaces(text, p + 1);
            if (text.AsSpan(p).StartsWith("and ") || text.AsSpan(p).StartsWith("or ")) p = CharClass.SkipSpaces(text, p + 3);
            return p;
        }
        if (text.AsSpan(p).StartsWith("and ")) return CharClass.SkipSpaces(text, p + 4);
        if (text.AsSpan(p).StartsWith("or ")) return CharClass.SkipSpaces(text, p + 3);
        return -1;
    }

    /// <summary>The start of a name-like item (words with a capital or a digit) ending at <paramref name="end"/>, or -1.</summary>
    private static int ItemStartBefore(string text, int end)
    {
        var itemStart = -1;
        var p = end;
        for (var w = 0; w < MaxItemWords; w++)
        {
            var s = p;
            while (s > 0 && IsItemChar(text[s - 1])) s--;
            if (s == p || !NameLike(text.AsSpan(s, p - s))) break;
            itemStart = s;
            if (s == 0 || text[s - 1] != ' ') break;
            p = s - 1;
        }
        return itemStart;
    }

    private static int ItemEndAfter(string text, int start)
    {
        var itemEnd = -1;
        var p = start;
        for (var w = 0; w < MaxItemWords; w++)
        {
            var e = p;
            while (e < text.Length && IsItemChar(text[e])) e++;
            // A full stop or a hyphen at the end of a word belongs to the sentence ("... and RAR.").
            while (e > p && text[e - 1] is '.' or '-') e--;
            if (e == p || !NameLike(text.AsSpan(p, e - p))) break;
            itemEnd = e;
            if (e >= text.Length || text[e] != ' ') break;
            p = e + 1;
        }
        return itemEnd;
    }

    private static bool IsItemChar(char c) => CharClass.IsNameChar(c) || c is '-' or '.' or '_' or '+';

    /// <summary>A word a name is made of: a capital or a digit somewhere.</summary>
    private static bool NameLike(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsUpper(c) || char.IsDigit(c)) return true;
        return false;
    }
}
