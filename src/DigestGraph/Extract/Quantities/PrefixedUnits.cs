using System.Text.RegularExpressions;

namespace DigestGraph.Extract.Quantities;

/// <summary>Units written before the number: <c>百分之五</c>, <c>每秒 20 个 token</c>, <c>an Elo rating of 1578</c>.</summary>
internal static partial class PrefixedUnits
{
    private const string PercentWord = "百分之";
    private const string PerSecondWord = "每秒";
    private const int PerSecondReach = 6;
    private const int EloReach = 28;

    [GeneratedRegex(@"\bElo(?:\s*(?:scores?|ratings?|评分|分数|得分))?\s*(?:of|=|:|：|为|是|达到|达)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EloBefore();

    public static bool StartsPercentWord(string text, int index) => text.AsSpan(index).StartsWith(PercentWord, StringComparison.Ordinal);

    /// <summary>Reads <c>百分之</c> followed by Arabic (<c>百分之 5</c>) or Chinese digits (<c>百分之五</c>).</summary>
    public static bool TryReadPercentWord(string text, int start, out double value, out int end)
    {
        var j = start + PercentWord.Length;
        while (j < text.Length && TextChars.IsInlineSpace(text[j])) j++;
        if (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            var number = NumberLiteral.Read(text, j);
            (value, end) = (number.Value, number.End);
            return true;
        }
        return ChineseNumeral.TryRead(text, j, out value, out end, out _);
    }

    /// <summary>
    /// <c>每秒 [生成] 20 个 token</c> or <c>每秒 30 帧</c>: 每秒 a few ideographs before the number, a rate noun after it.
    /// </summary>
    public static bool TryReadPerSecond(string text, NumberLiteral number, QuantityLexicon lexicon, out int start, out int end, out string unit)
    {
        (start, end, unit) = (-1, -1, "");
        var reachStart = Math.Max(0, number.Start - PerSecondReach);
        var at = text.AsSpan(reachStart, number.Start - reachStart).LastIndexOf(PerSecondWord, StringComparison.Ordinal);
        if (at < 0) return false;
        var prefixStart = reachStart + at;
        for (var k = prefixStart + PerSecondWord.Length; k < number.Start; k++)
            if (!TextChars.IsInlineSpace(text[k]) && !TextChars.IsCjkIdeograph(text[k])) return false;
        var j = number.End;
        while (j < text.Length && TextChars.IsInlineSpace(text[j])) j++;
        if (j < text.Length && text[j] == '个') j++;
        while (j < text.Length && TextChars.IsInlineSpace(text[j])) j++;
        foreach (var noun in lexicon.PerSecondNouns)
        {
            var nounEnd = noun.MatchAt(text, j);
            if (nounEnd < 0) continue;
            (start, end, unit) = (prefixStart, nounEnd, noun.Unit);
            return true;
        }
        return false;
    }

    /// <summary><c>Elo 1578</c>, <c>an Elo rating of 1578</c>, <c>Elo 评分为 1578</c>.</summary>
    public static bool HasEloBefore(string text, int numberStart)
    {
        var reachStart = Math.Max(0, numberStart - EloReach);
        var before = text.AsSpan(reachStart, numberStart - reachStart);
        return (before.Contains("Elo", StringComparison.Ordinal) || before.Contains("ELO", StringComparison.Ordinal)) && EloBefore().IsMatch(before);
    }
}
