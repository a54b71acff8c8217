using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Topics;

/// <summary>
/// The words a topic model reads beside the cue terms: Latin words of three letters or more (lower case) and pairs of
/// adjacent CJK ideographs (Chinese needs no segmenter for this: bigrams carry most of a short text's topic words).
/// Each token is a 64-bit hash of its lower-case characters, so inference looks words up without allocating.
/// </summary>
public static class TopicTokens
{
    private const int MinimumLatinLength = 3;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    // The hash state after the title mark: a marked token hashes as the string TitleMark + token.
    private const ulong TitleOffset = unchecked((FnvOffset ^ TitleMark) * FnvPrime);

    /// <summary>Marks a word of the title: a title word is also a token of its own, as the title names what a paper is about.</summary>
    public const char TitleMark = '^';

    /// <summary>
    /// Adds the hash of every token of <paramref name="text"/> to <paramref name="hashes"/>, in text order; of a title,
    /// each token twice, as itself and marked (<see cref="TitleMark"/>).
    /// </summary>
    public static void Hash(string text, bool isTitle, List<ulong> hashes)
    {
        foreach (var (start, length) in Spans(text))
        {
            var token = text.AsSpan(start, length);
            hashes.Add(Hash(token));
            if (isTitle) hashes.Add(Hash(token, TitleOffset));
        }
    }

    /// <summary>Every token of <paramref name="text"/> as <see cref="Hash(string, bool, List{ulong})"/> reads it, as lower-case strings (training builds its vocabulary from them).</summary>
    public static IEnumerable<string> Words(string text, bool isTitle)
    {
        foreach (var (start, length) in Spans(text))
        {
            var word = text.Substring(start, length).ToLowerInvariant();
            yield return word;
            if (isTitle) yield return TitleMark + word;
        }
    }

    /// <summary>FNV-1a over the lower-case characters: a stored word and the same word in any case hash alike.</summary>
    public static ulong Hash(ReadOnlySpan<char> token) => Hash(token, FnvOffset);

    private static ulong Hash(ReadOnlySpan<char> token, ulong hash)
    {
        foreach (var c in token)
        {
            hash = (hash ^ (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)) * FnvPrime;
        }
        return hash;
    }

    private static IEnumerable<(int Start, int Length)> Spans(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClass.IsLatinLetter(c))
            {
                var start = i;
                while (i < text.Length && CharClass.IsLatinLetter(text[i])) i++;
                if (i - start >= MinimumLatinLength) yield return (start, i - start);
                continue;
            }
            if (CharClass.IsCjk(c) && i + 1 < text.Length && CharClass.IsCjk(text[i + 1])) yield return (i, 2);
            i++;
        }
    }
}
