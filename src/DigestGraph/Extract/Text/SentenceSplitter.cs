namespace DigestGraph.Extract.Text;

/// <summary>
/// Splits Chinese and English text into sentences: at 。！？；, at line breaks, and at a full stop followed by a space and
/// a capital or CJK character (so that <c>2.5</c>, <c>e.g. this</c> and <c>FLUX.1-dev</c> stay whole).
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ends = c is '。' or '！' or '？' or '；' or '\n'
                || (c is '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '))
                || (c == '.' && EndsEnglishSentence(text, i));
            if (!ends) continue;
            Add(sentences, text, start, i + 1);
            start = i + 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an English sentence (not 2.5, e.g., et al.).</summary>
    public static bool EndsEnglishSentence(string text, int dot)
    {
        if (dot + 2 >= text.Length) return dot + 1 >= text.Length || text[dot + 1] == ' ';
        if (text[dot + 1] != ' ') return false;
        var next = text[dot + 2];
        if (!(char.IsUpper(next) || CharClass.IsCjk(next))) return false;
        // Abbreviations that a capital often follows: "et al. Smith", "vs. Generation", "e.g. GPT".
        var wordStart = dot;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        return !(word.Length <= 2 && word.Length > 0 && char.IsLower(word[0]))
            && !word.Equals("vs", StringComparison.OrdinalIgnoreCase)
            && !word.Equals("al", StringComparison.Ordinal)
            && !word.Equals("Fig", StringComparison.Ordinal);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        var trimmedEnd = end;
        while (trimmedEnd > start && char.IsWhiteSpace(text[trimmedEnd - 1])) trimmedEnd--;
        if (trimmedEnd > start) sentences.Add(new Sentence(start, trimmedEnd - start));
    }
}
