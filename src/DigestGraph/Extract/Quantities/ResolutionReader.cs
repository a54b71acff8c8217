namespace DigestGraph.Extract.Quantities;

/// <summary>Image and video resolutions: <c>1024×1024</c>, <c>2048 x 2048</c>, <c>1280x720</c>, and <c>4K</c> next to an image word.</summary>
internal static class ResolutionReader
{
    /// <summary>Pixels per K in <c>4K</c>: image-generation papers mean 4096 px wide.</summary>
    public const double PixelsPerK = 1024;

    /// <summary>Reads <c>W×H</c> whose width is <paramref name="width"/>; <paramref name="end"/> is after the height.</summary>
    public static bool TryReadWidthByHeight(string text, NumberLiteral width, out double height, out int end)
    {
        height = 0;
        end = -1;
        if (!width.IsInteger || width.HasSeparators || width.IntegerDigits < 2) return false;
        var j = SkipSpaces(text, width.End);
        if (j >= text.Length || text[j] is not ('x' or 'X' or '×' or '*')) return false;
        j = SkipSpaces(text, j + 1);
        var digitsStart = j;
        while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
        if (j - digitsStart is < 2 or > 5 || (j < text.Length && (text[j] == '.' || char.IsAsciiLetterOrDigit(text[j])))) return false;
        height = int.Parse(text.AsSpan(digitsStart, j - digitsStart));
        end = j;
        return true;
    }

    /// <summary><c>nK</c> is a resolution when a resolution or image word stands just after it or just before it.</summary>
    public static bool IsKResolution(string text, NumberLiteral number, UnitMatch unit, QuantityLexicon lexicon)
    {
        if (unit.Word.Text != "K" || !number.IsInteger || number.Value is < 1 or > 16) return false;
        var after = text.AsSpan(unit.End, Math.Min(16, text.Length - unit.End));
        var beforeStart = Math.Max(0, number.Start - 12);
        var before = text.AsSpan(beforeStart, number.Start - beforeStart);
        foreach (var cue in lexicon.ResolutionCues)
            if (after.Contains(cue, StringComparison.OrdinalIgnoreCase) || before.Contains(cue, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && TextChars.IsInlineSpace(text[index])) index++;
        return index;
    }
}
