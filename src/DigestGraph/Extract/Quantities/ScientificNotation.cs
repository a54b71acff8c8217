namespace DigestGraph.Extract.Quantities;

/// <summary>Powers written in abstracts: <c>10^6</c>, <c>10^{6}</c>, <c>1e-4</c>, <c>3×10^5</c>, <c>3 \times 10^{5}</c>.</summary>
internal static class ScientificNotation
{
    private const int MaxExponentDigits = 3;

    /// <summary>The number with its power applied and its end moved past it; the number unchanged when no power follows.</summary>
    public static NumberLiteral Extend(string text, NumberLiteral number)
    {
        var j = number.End;
        if (j < text.Length && text[j] == '^' && TryReadExponent(text, j + 1, out var power, out var powerEnd))
            return number with { Value = Math.Pow(number.Value, power), End = powerEnd };
        if (j < text.Length && text[j] is 'e' or 'E' && TryReadExponent(text, j + 1, out var exponent, out var exponentEnd)
            && (exponentEnd == text.Length || !char.IsAsciiLetter(text[exponentEnd])))
            return number with { Value = number.Value * Math.Pow(10, exponent), End = exponentEnd };
        if (TryReadTimesTenPower(text, j, out var tenPower, out var tenEnd))
            return number with { Value = number.Value * Math.Pow(10, tenPower), End = tenEnd };
        return number;
    }

    private static bool TryReadTimesTenPower(string text, int start, out int power, out int end)
    {
        power = 0;
        end = -1;
        var j = SkipSpaces(text, start);
        if (j < text.Length && text[j] is '×' or 'x' or '*') j++;
        else if (text.AsSpan(j).StartsWith(@"\times", StringComparison.Ordinal)) j += @"\times".Length;
        else return false;
        j = SkipSpaces(text, j);
        return text.AsSpan(j).StartsWith("10^", StringComparison.Ordinal) && TryReadExponent(text, j + 3, out power, out end);
    }

    private static bool TryReadExponent(string text, int start, out int exponent, out int end)
    {
        exponent = 0;
        end = -1;
        var j = start;
        var braced = j < text.Length && text[j] == '{';
        if (braced) j++;
        var negative = j < text.Length && text[j] is '-' or '−';
        if (j < text.Length && text[j] is '-' or '−' or '+') j++;
        var digitsStart = j;
        while (j < text.Length && j - digitsStart < MaxExponentDigits && char.IsAsciiDigit(text[j])) exponent = exponent * 10 + (text[j++] - '0');
        if (j == digitsStart || (j < text.Length && char.IsAsciiDigit(text[j]))) return false;
        if (braced)
        {
            if (j >= text.Length || text[j] != '}') return false;
            j++;
        }
        if (negative) exponent = -exponent;
        end = j;
        return true;
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && TextChars.IsInlineSpace(text[index])) index++;
        return index;
    }
}
