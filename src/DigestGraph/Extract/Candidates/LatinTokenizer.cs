using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Candidates;

/// <summary>Cuts Latin-script words out of mixed Chinese/English text.</summary>
public static class LatinTokenizer
{
    public static List<LatinToken> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<LatinToken>();
        while (TryNext(text, ref start, end, out var token)) tokens.Add(token);
        return tokens;
    }

    /// <summary>The next word at or after <paramref name="position"/> and before <paramref name="end"/>; <paramref name="position"/> moves past it.</summary>
    public static bool TryNext(string text, ref int position, int end, out LatinToken token)
    {
        var i = position;
        while (i < end && !CharClass.IsNameChar(text[i])) i++;
        if (i >= end)
        {
            position = i;
            token = default;
            return false;
        }
        var s = i;
        while (i < end && (CharClass.IsNameChar(text[i]) || (IsJoiner(text[i]) && i + 1 < end && CharClass.IsNameChar(text[i + 1]))))
            i++;
        position = i;
        token = new LatinToken(text, s, i - s);
        return true;
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '_' or '^' or '@' or '/' or '·' or '‑';
}
