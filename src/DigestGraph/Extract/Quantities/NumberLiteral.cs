using System.Globalization;

namespace DigestGraph.Extract.Quantities;

/// <summary>Digits as written: <c>67.0</c>, <c>1,000</c>, <c>2411.10440</c>; the shape tells years and arXiv ids from amounts.</summary>
internal readonly record struct NumberLiteral(double Value, int Start, int End, int IntegerDigits, int FractionDigits, bool HasSeparators)
{
    public bool IsInteger => FractionDigits == 0;

    /// <summary>Could be a year (1900–2099 written as four plain digits).</summary>
    public bool IsYearLike => IsInteger && !HasSeparators && IntegerDigits == 4 && Value is >= 1900 and <= 2099;

    /// <summary>An arXiv identifier such as 2411.10440 (yymm.number).</summary>
    public bool IsArxivShaped => IntegerDigits == 4 && FractionDigits is 4 or 5 && !HasSeparators;

    /// <summary>Reads the digits starting at <paramref name="start"/> (which must be an ASCII digit).</summary>
    public static NumberLiteral Read(string text, int start)
    {
        var j = start;
        while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
        var integerDigits = j - start;
        var separators = false;
        // Thousands groups: 1,000 and 22,000 but not the list 1,2 or the pair "1, 0".
        if (integerDigits <= 3)
        {
            while (j + 3 < text.Length && text[j] == ',' && IsDigitRun(text, j + 1, 3) && (j + 4 == text.Length || !char.IsAsciiDigit(text[j + 4])))
            {
                j += 4;
                separators = true;
            }
        }
        var fractionDigits = 0;
        if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            var k = j + 1;
            while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
            fractionDigits = k - j - 1;
            j = k;
        }
        var value = double.Parse(text.AsSpan(start, j - start), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new NumberLiteral(value, start, j, integerDigits, fractionDigits, separators);
    }

    private static bool IsDigitRun(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }
}
