namespace DigestGraph.Extract.Quantities;

/// <summary>Chinese numerals as abstracts write them: 五, 三十, 两万亿, 二十五点五.</summary>
internal static class ChineseNumeral
{
    /// <summary>A numeral can start here; 百/千/万/亿 alone start words such as 千万 (by all means) and are left out.</summary>
    public static bool IsStart(char c) => Digit(c) >= 0 || c == '十';

    /// <summary>
    /// Where the numeral that a unit or scale character at <paramref name="index"/> belongs to starts (三倍, 七十亿, 两个百分点),
    /// or -1 when no numeral stands there.
    /// </summary>
    public static int StartBefore(string text, int index)
    {
        var k = index;
        if (text[index] is '倍' or '百')
        {
            while (k > 0 && TextChars.IsInlineSpace(text[k - 1])) k--;
            if (text[index] == '百' && k > 0 && text[k - 1] == '个') k--; // 两个百分点
        }
        var runEnd = k;
        while (k > 0 && IsNumeralChar(text[k - 1])) k--;
        for (; k < runEnd; k++)
            if (IsStart(text[k])) return k;
        return -1;
    }

    /// <summary>Reads a numeral at <paramref name="start"/>; <paramref name="hasLargeUnit"/> tells whether 万 or 亿 scales it.</summary>
    public static bool TryRead(string text, int start, out double value, out int end, out bool hasLargeUnit)
    {
        value = 0;
        hasLargeUnit = false;
        end = start;
        double total = 0, section = 0, digit = 0;
        var any = false;
        var j = start;
        for (; j < text.Length; j++)
        {
            var c = text[j];
            var d = Digit(c);
            if (d >= 0)
            {
                digit = digit * 10 + d; // 二〇二四 style digit strings
                any = true;
            }
            else if (SmallUnit(c) is var small and > 0)
            {
                section += (digit == 0 ? 1 : digit) * small;
                digit = 0;
                any = true;
            }
            else if (c == '万')
            {
                if (!any) break;
                var part = section + digit;
                total = part == 0 ? total * 1e4 : total + part * 1e4;
                section = digit = 0;
                hasLargeUnit = true;
            }
            else if (c == '亿')
            {
                if (!any) break;
                total = (total + section + digit) * 1e8;
                section = digit = 0;
                hasLargeUnit = true;
            }
            else if (c == '点' && j + 1 < text.Length && Digit(text[j + 1]) >= 0)
            {
                var fraction = 0.0;
                var scale = 0.1;
                j++;
                for (; j < text.Length && Digit(text[j]) is var fd and >= 0; j++, scale /= 10)
                    fraction += fd * scale;
                value = total + section + digit + fraction;
                end = j;
                return true;
            }
            else break;
        }
        if (!any) return false;
        value = total + section + digit;
        end = j;
        return true;
    }

    private static bool IsNumeralChar(char c) => Digit(c) >= 0 || SmallUnit(c) > 0 || c is '万' or '亿' or '点';

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int SmallUnit(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };
}
