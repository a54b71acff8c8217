using DigestGraph.Extract.Resolution;

namespace DigestGraph.Tests.Extract;

public class ContainmentOrderTests
{
    [Fact]
    public void Orders_by_start_then_longer_then_richer_then_finder_order()
    {
        ContainmentOrder[] keys =
        [
            new(Start: 5, Length: 3, Richness: 0, Index: 0),
            new(Start: 0, Length: 4, Richness: 0, Index: 1),
            new(Start: 0, Length: 9, Richness: 0, Index: 2),
            new(Start: 5, Length: 3, Richness: 2, Index: 3),
            new(Start: 5, Length: 3, Richness: 0, Index: 4),
        ];
        Array.Sort(keys);
        Assert.Equal([2, 1, 3, 0, 4], keys.Select(k => k.Index));
    }
}
