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
        return new NumberLiteral(ParseValue(text.AsSpan(start, j - start), fractionDigits), start, j, integerDigits, fractionDigits, separators);
    }

    private const long ExactDoubleLimit = 1L << 53;

    // Powers of ten that a double holds exactly.
    private static readonly double[] ExactPowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>Digits as an integer divided by a power of ten: exact and correctly rounded while both fit a double; double.Parse beyond.</summary>
    private static double ParseValue(ReadOnlySpan<char> digits, int fractionDigits)
    {
        long mantissa = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) continue;
            mantissa = mantissa * 10 + (c - '0');
            if (mantissa >= ExactDoubleLimit)
                return double.Parse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
        return fractionDigits < ExactPowersOfTen.Length
            ? mantissa / ExactPowersOfTen[fractionDigits]
            : double.Parse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static bool IsDigitRun(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
            if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }
}
