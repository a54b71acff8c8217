namespace DigestGraph.Extract.Quantities;

/// <summary>
/// A number found in text, normalised to a value in one of a small fixed set of units (<see cref="QuantityUnits"/>):
/// <list type="bullet">
/// <item><c>"%"</c> percentage (<c>8.9%</c>, <c>10.3\%</c>, <c>百分之五</c>, <c>67.0 percent</c>): value 8.9, 10.3, 5, 67.</item>
/// <item><c>"pp"</c> percentage points (<c>8.7 个百分点</c>, <c>3 pp</c>).</item>
/// <item><c>"x"</c> multiple (<c>3倍</c>, <c>2.5×</c>, <c>10x</c>, <c>3.2 times</c>).</item>
/// <item><c>"count"</c> a scaled count, multiplied out (<c>7B</c> = 7e9, <c>4560亿</c> = 4.56e11, <c>100k</c> = 1e5, <c>2万亿</c> = 2e12).</item>
/// <item><c>"bit"</c> bit width (<c>1.58-bit</c>, <c>4 位</c>, <c>8 比特</c>).</item>
/// <item><c>"px"</c> resolution: value is the width, <see cref="Height"/> the height when given (<c>1024×1024</c>);
/// <c>nK</c> next to an image or resolution word is n × 1024 px wide (<c>4K</c> = 4096).</item>
/// <item><c>"s"</c> a duration or latency in seconds (<c>200ms</c> = 0.2, <c>0.5 秒</c>, <c>2 seconds</c>, <c>20 万小时</c> = 7.2e8).</item>
/// <item><c>"fps"</c> frames per second (<c>30 FPS</c>, <c>24fps</c>).</item>
/// <item><c>"tokens/s"</c> throughput (<c>100 tokens/s</c>, <c>每秒 20 个 token</c>).</item>
/// <item><c>"elo"</c> an Elo-like rating (<c>1578 的 Elo 评分</c>, <c>an Elo rating of 1250</c>).</item>
/// <item><c>""</c> a plain number (<c>1,000</c> = 1000, <c>67.0</c>).</item>
/// </list>
/// <see cref="Start"/> and <see cref="Length"/> locate <see cref="Text"/> (number and unit words) in the input.
/// </summary>
public sealed record Quantity(double Value, string Unit, int Start, int Length, string Text)
{
    /// <summary>For <c>"px"</c>: the height when the text gives one (<c>1024×1024</c>), otherwise null.</summary>
    public double? Height { get; init; }
}
