namespace DigestGraph.Extract.Quantities;

/// <summary>
/// A bare number joined to the next quantity by a range or list connector takes its unit:
/// <c>2.1 至 5.7 倍</c>, <c>20-32 倍</c>, <c>1578 和 1261 的 Elo</c>, <c>3 to 7 billion</c>.
/// </summary>
internal static class UnitSharing
{
    public static void Apply(string text, List<QuantityCandidate> candidates, QuantityLexicon lexicon)
    {
        // Right to left, so a unit travels along a whole list: 1, 2 和 3 倍.
        for (var k = candidates.Count - 2; k >= 0; k--)
        {
            var (bare, next) = (candidates[k], candidates[k + 1]);
            if (bare.Unit != QuantityUnits.None || next.Unit is QuantityUnits.None or QuantityUnits.Pixels) continue;
            var gap = text.AsSpan(bare.End, next.Start - bare.End).Trim();
            if (lexicon.IsConnector(gap))
                candidates[k] = bare with { Unit = next.Unit, Factor = next.Factor };
        }
    }
}
