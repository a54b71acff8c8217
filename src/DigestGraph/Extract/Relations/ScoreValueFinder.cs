using System.Globalization;
using System.Text.RegularExpressions;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// Finds numbers that can be results in a span of text. Ratios (<c>3 倍</c>, <c>5x</c>), sizes (<c>8B</c>, <c>100万</c>),
/// resolutions and parts of names are not results and are skipped.
/// </summary>
public static partial class ScoreValueFinder
{
    [GeneratedRegex(@"(?<![\w.\-])(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<unit>\s?%|\s*(?:个百分点|percentage points|倍|×|times|万亿|万|亿|帧|小时|毫秒|秒|ms\b|fps\b|px\b|GB\b|TB\b|bits?\b|位|比特|个|种|年|epochs?\b|步|steps?\b|[Tt]okens?\b|分)|[KMBTkmbtx](?![A-Za-z]))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Number();

    private static readonly HashSet<string> ScoreUnits = new(StringComparer.Ordinal) { "", "%", "个百分点", "percentage points", "分" };

    public static IEnumerable<ScoreValue> Find(string text, int start, int end)
    {
        foreach (Match m in Number().Matches(text[start..end]))
        {
            var unit = m.Groups["unit"].Value.Trim();
            if (!ScoreUnits.Contains(unit)) continue;
            var after = start + m.Index + m.Length;
            if (after < text.Length && (char.IsLetter(text[after]) && text[after] < '\u0100' || text[after] is '-' or '/')) continue;
            var raw = m.Groups["num"].Value.Replace(",", "");
            if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) continue;
            yield return new ScoreValue(value, unit, start + m.Index, after, raw);
        }
    }
}
