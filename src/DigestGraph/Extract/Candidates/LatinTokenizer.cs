using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Candidates;

/// <summary>Cuts Latin-script words out of mixed Chinese/English text.</summary>
public static class LatinTokenizer
{
    public static List<LatinToken> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<LatinToken>();
        var i = start;
        while (i < end)
        {
            if (!CharClass.IsNameChar(text[i])) { i++; continue; }
            var s = i;
            while (i < end && (CharClass.IsNameChar(text[i]) || (IsJoiner(text[i]) && i + 1 < end && CharClass.IsNameChar(text[i + 1]))))
                i++;
            tokens.Add(new LatinToken(text, s, i - s));
        }
        return tokens;
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '_' or '^' or '@' or '/' or '·' or '‑';
}
