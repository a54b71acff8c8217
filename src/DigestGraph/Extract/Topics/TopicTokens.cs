using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Topics;

/// <summary>
/// The words a topic model reads beside the cue terms: Latin words of three letters or more (lower case) and pairs of
/// adjacent CJK ideographs (Chinese needs no segmenter for this: bigrams carry most of a short text's topic words).
/// </summary>
public static class TopicTokens
{
    private const int MinimumLatinLength = 3;

    /// <summary>Marks a word of the title: a title word is also a token of its own, as the title names what a paper is about.</summary>
    public const char TitleMark = '^';

    /// <summary>Every token of <paramref name="text"/> as lower-case strings, of a title each also marked (training builds its vocabulary from them).</summary>
    public static IEnumerable<string> Words(string text, bool isTitle)
    {
        var position = 0;
        while (Next(text, ref position, out var start, out var length))
        {
            var word = text.Substring(start, length).ToLowerInvariant();
            yield return word;
            if (isTitle) yield return TitleMark + word;
        }
    }

    /// <summary>Whether a CJK pair token: two ideographs (Latin tokens have three letters or more).</summary>
    public static bool IsPair(ReadOnlySpan<char> token) => token.Length == 2 && CharClass.IsCjk(token[0]) && CharClass.IsCjk(token[1]);

    /// <summary>The next token at or after <paramref name="position"/>, which moves past it; false at the end of the text.</summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start, out int length)
    {
        var i = position;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsLatinLetter(c))
            {
                start = i;
                while (i < text.Length && CharClass.IsLatinLetter(text[i])) i++;
                if (i - start >= MinimumLatinLength)
                {
                    position = i;
                    length = i - start;
                    return true;
                }
                continue;
            }
            i++;
            if (CharClass.IsCjk(c) && i < text.Length && CharClass.IsCjk(text[i]))
            {
                position = i;
                (start, length) = (i - 1, 2);
                return true;
            }
        }
        position = i;
        (start, length) = (0, 0);
        return false;
    }
}
