namespace DigestGraph.Analyse;

/// <summary>
/// How characteristic a term is of a cluster: p_c · ln(p_c / p), where p_c is the share of the cluster's papers with
/// the term and p the share of all papers — the term's contribution to the KL divergence of the cluster from the corpus.
/// A term as common everywhere as in the cluster scores 0; frequent and rare elsewhere scores highest.
/// </summary>
internal static class Distinctiveness
{
    public static double Score(int inCluster, int clusterSize, int inCorpus, int corpusSize)
    {
        if (inCluster == 0 || clusterSize == 0 || inCorpus == 0 || corpusSize == 0) return 0;
        var pc = (double)inCluster / clusterSize;
        var p = (double)inCorpus / corpusSize;
        return pc * Math.Log(pc / p);
    }

    /// <summary>Terms scored for a cluster, most distinctive first, keeping those in at least <paramref name="minimumPapers"/> of its papers.</summary>
    public static IReadOnlyList<LabelTerm> Rank(
        IEnumerable<(string Term, int InCluster)> terms, int clusterSize, Func<string, int> inCorpus, int corpusSize, int minimumPapers = 1)
    {
        return terms
            .Where(t => t.InCluster >= minimumPapers)
            .Select(t => new LabelTerm(t.Term, Score(t.InCluster, clusterSize, inCorpus(t.Term), corpusSize), t.InCluster))
            .Where(t => t.Score > 0)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .ToArray();
    }
}
