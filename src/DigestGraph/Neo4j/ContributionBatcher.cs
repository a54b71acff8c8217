using DigestGraph.Graph;
namespace DigestGraph.Neo4j;

/// <summary>Groups whole papers into batches of at most <c>batchSize</c> elements (a larger paper gets a batch of its own).</summary>
internal static class ContributionBatcher
{
    public static IEnumerable<IReadOnlyList<PaperContribution>> Batch(IEnumerable<PaperContribution> contributions, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var batch = new List<PaperContribution>();
        var size = 0;
        foreach (var c in contributions)
        {
            if (batch.Count > 0 && size + c.ElementCount > batchSize)
            {
                yield return batch;
                batch = [];
                size = 0;
            }
            batch.Add(c);
            size += c.ElementCount;
        }
        if (batch.Count > 0) yield return batch;
    }
}
