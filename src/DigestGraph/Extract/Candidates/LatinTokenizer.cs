using System.Buffers;
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
        if (i < end && !CharClass.IsNameChar(text[i])) i = NextNameChar(text, i, end);
        if (i >= end)
        {
            position = i;
            token = default;
            return false;
        }
        var s = i;
        while (i < end && (CharClass.IsNameChar(text[i]) || (IsJoiner(text[i]) && i + 1 < end && CharClass.IsNameChar(text[i + 1])
                                                            && !IsNameSeparatingSlash(text, s, i))))
            i++;
        position = i;
        token = new LatinToken(text, s, i - s);
        return true;
    }

    // Name characters in ASCII; the others (superscripts, accented Latin letters, Greek) all lie in [U+00B2, U+03FF].
    private static readonly SearchValues<char> AsciiNameChars =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// The first name character in [<paramref name="i"/>, <paramref name="end"/>), or <paramref name="end"/>: Chinese
    /// text runs long between Latin words, so the run is searched vectorised rather than a character at a time.
    /// </summary>
    private static int NextNameChar(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        var ascii = rest.IndexOfAny(AsciiNameChars);
        var limit = ascii < 0 ? rest.Length : ascii;
        var k = 0;
        while (true)
        {
            var other = rest[k..limit].IndexOfAnyInRange('\u00B2', '\u03FF');
            if (other < 0) return i + limit;
            k += other;
            if (CharClass.IsNameChar(rest[k])) return i + k;
            k++;
        }
    }

    /// <summary>A slash between two names ("LLaMA-2 7B/LLaMA-3 8B", "Switchboard/CallHome"), not inside a path or URL.</summary>
    private static bool IsNameSeparatingSlash(string text, int wordStart, int slash) =>
        text[slash] == '/' && char.IsAsciiLetterUpper(text[slash + 1]) && text.AsSpan(wordStart, slash - wordStart).IndexOfAny('.', '/') < 0;

    // '&' joins only inside a word ("Texas A&M", "AT&T"): a name character must follow it.
    private static bool IsJoiner(char c) => c is '-' or '.' or '_' or '^' or '@' or '/' or '·' or '‑' or '&';
}
