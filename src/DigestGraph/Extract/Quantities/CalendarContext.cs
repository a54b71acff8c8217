namespace DigestGraph.Extract.Quantities;

/// <summary>Dates, years and clock times, which are not quantities: <c>2024-11-21</c>, <c>2024 年</c>, <c>11月</c>, <c>Nov 21, 2024</c>, <c>in 2023</c>.</summary>
internal static class CalendarContext
{
    /// <summary>Where a numeric date or time that starts with <paramref name="number"/> ends (<c>2024-11-21</c>, <c>11/21/2024</c>, <c>10:30</c>), or -1.</summary>
    public static int EndOfNumericDate(string text, NumberLiteral number)
    {
        if (!number.IsInteger || number.HasSeparators) return -1;
        var j = number.End;
        if (number.IsYearLike && j < text.Length && text[j] is '-' or '/' && ReadSmallInt(text, j + 1, out var month, out var monthEnd) && month is >= 1 and <= 12)
            return monthEnd < text.Length && text[monthEnd] == text[j] && ReadSmallInt(text, monthEnd + 1, out _, out var dayEnd) ? dayEnd : monthEnd;
        if (number.IntegerDigits <= 2 && j < text.Length && text[j] == '/' && ReadSmallInt(text, j + 1, out _, out var secondEnd)
            && secondEnd < text.Length && text[secondEnd] == '/' && secondEnd + 1 < text.Length && char.IsAsciiDigit(text[secondEnd + 1]))
            return NameContext.SkipIdentifier(text, secondEnd + 1);
        if (number.Value <= 23 && number.IntegerDigits <= 2 && j + 2 < text.Length && text[j] == ':'
            && char.IsAsciiDigit(text[j + 1]) && char.IsAsciiDigit(text[j + 2]))
            return NameContext.SkipIdentifier(text, j + 1);
        return -1;
    }

    /// <summary>A bare integer is a year, month or day by the words around it.</summary>
    public static bool IsCalendarWord(string text, NumberLiteral number, QuantityLexicon lexicon)
    {
        if (!number.IsInteger || number.HasSeparators) return false;
        var next = NextNonSpace(text, number.End);
        if (next == '年') return number.IsYearLike;
        if (next == '月') return number.Value is >= 1 and <= 12;
        if (next is '日' or '号') return number.Value is >= 1 and <= 31;
        var dayOrYear = number.Value is >= 1 and <= 31 || number.IsYearLike;
        if (!dayOrYear) return false;
        if (lexicon.IsMonth(WordBefore(text, number.Start)) || lexicon.IsMonth(WordAfter(text, number.End))) return true;
        return number.IsYearLike && (lexicon.IsWordBeforeYear(WordBefore(text, number.Start)) || MonthDayBefore(text, number.Start, lexicon));
    }

    /// <summary><c>1990s</c> is a decade, not 1990 seconds.</summary>
    public static bool IsDecade(NumberLiteral number, UnitMatch unit) => number.IsYearLike && unit.Word.Text == "s";

    private static bool MonthDayBefore(string text, int start, QuantityLexicon lexicon)
    {
        // "Nov 21, 2024": a comma, a day, then the month.
        var k = start - 1;
        while (k >= 0 && TextChars.IsInlineSpace(text[k])) k--;
        if (k < 0 || text[k] != ',') return false;
        k--;
        while (k >= 0 && TextChars.IsInlineSpace(text[k])) k--;
        var dayEnd = k + 1;
        while (k >= 0 && char.IsAsciiDigit(text[k])) k--;
        return dayEnd - k - 1 is 1 or 2 && lexicon.IsMonth(WordBefore(text, k + 1));
    }

    private static ReadOnlySpan<char> WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && TextChars.IsInlineSpace(text[end - 1])) end--;
        if (end > 0 && text[end - 1] is '.' or ',') end--; // "Nov. 21", "et al., 2024"
        if (end > 0 && text[end - 1] == '.') end--;
        var k = end;
        while (k > 0 && char.IsAsciiLetter(text[k - 1])) k--;
        return text.AsSpan(k, end - k);
    }

    private static ReadOnlySpan<char> WordAfter(string text, int end)
    {
        var k = end;
        while (k < text.Length && TextChars.IsInlineSpace(text[k])) k++;
        var wordStart = k;
        while (k < text.Length && char.IsAsciiLetter(text[k])) k++;
        return text.AsSpan(wordStart, k - wordStart);
    }

    private static char NextNonSpace(string text, int index)
    {
        while (index < text.Length && TextChars.IsInlineSpace(text[index])) index++;
        return index < text.Length ? text[index] : '\0';
    }

    private static bool ReadSmallInt(string text, int start, out int value, out int end)
    {
        value = 0;
        end = start;
        while (end < text.Length && end - start < 2 && char.IsAsciiDigit(text[end])) value = value * 10 + (text[end++] - '0');
        return end > start && (end == text.Length || !char.IsAsciiDigit(text[end]));
    }
}
