namespace DigestGraph.Extract.Quantities;

/// <summary>Tells digits that belong to a name (<c>Llama-3.1-8B</c>, <c>Claude 3.5</c>, <c>GPT-4o</c>) from amounts.</summary>
internal static class NameContext
{
    /// <summary>
    /// The number at <paramref name="start"/> continues a name: it follows <c>-</c>, <c>_</c>, <c>.</c>, <c>@</c> or <c>/</c>
    /// joined to letters (<c>Llama-3.1</c>, <c>Qwen2.5</c>, <c>pass@1</c>, <c>ViT-L/14</c>), unlike a range such as <c>20-32</c>.
    /// </summary>
    public static bool IsInsideName(string text, int start)
    {
        if (start == 0 || text[start - 1] is not ('-' or '_' or '.' or '@' or '/')) return false;
        for (var k = start - 2; k >= 0 && TextChars.IsNameChar(text[k]); k--)
            if (char.IsAsciiLetter(text[k])) return true;
        return false;
    }

    /// <summary>
    /// A bare number after a capitalised name and one space is its version or year: <c>Claude 3.5</c>, <c>Llama 3.1 8B</c>,
    /// <c>NeurIPS 2024</c>. A capitalised word opening an English sentence (<c>With 8 GPUs</c>) is no name.
    /// </summary>
    public static bool IsVersionAfterName(string text, NumberLiteral number)
    {
        var versionLike = number.IsYearLike || (number.Value < 20 && number.FractionDigits <= 1 && !number.HasSeparators);
        var wordEnd = number.Start - 1;
        if (!versionLike || wordEnd < 1 || text[wordEnd] != ' ') return false;
        var wordStart = wordEnd;
        while (wordStart > 0 && TextChars.IsNameChar(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (!word.ContainsAnyInRange('A', 'Z')) return false;
        var onlyInitialCapital = !word[1..].ContainsAnyInRange('A', 'Z') && !word.ContainsAnyInRange('0', '9');
        return !(onlyInitialCapital && OpensSentence(text, wordStart));
    }

    /// <summary>The end of the identifier run (<c>4o</c>, <c>3D</c>, <c>RTX4090</c>) that starts at <paramref name="start"/>.</summary>
    public static int SkipIdentifier(string text, int start)
    {
        var j = start;
        while (j < text.Length && (char.IsAsciiLetterOrDigit(text[j]) || text[j] == '_')) j++;
        return j;
    }

    private static bool OpensSentence(string text, int wordStart)
    {
        var k = wordStart - 1;
        while (k >= 0 && TextChars.IsInlineSpace(text[k])) k--;
        return k < 0 || text[k] is '.' or '!' or '?' or '\n' or '\r' or '"' or '“';
    }
}
