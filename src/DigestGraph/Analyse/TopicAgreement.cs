namespace DigestGraph.Analyse;

/// <summary>
/// How paper clusters agree with gold primary topics, over the papers both know, next to the partition's modularity.
/// NMI rewards many small clusters, so the NMI of putting every paper alone is given as the baseline to beat.
/// </summary>
public sealed record TopicAgreement(int Papers, int GoldTopics, int Clusters, double NormalizedMutualInformation, double SingletonBaseline, double Modularity)
{
    public static TopicAgreement Evaluate(ClusterAnalysisResult result, IReadOnlyDictionary<string, string> goldPrimaryTopic)
    {
        var compared = result.Papers.Where(p => goldPrimaryTopic.ContainsKey(p.Id)).ToArray();
        var clusters = compared.Select(p => p.ClusterId).ToArray();
        var gold = compared.Select(p => goldPrimaryTopic[p.Id]).ToArray();
        return new TopicAgreement(
            compared.Length,
            gold.Distinct().Count(),
            clusters.Distinct().Count(),
            MutualInformation.Normalized(clusters, gold),
            MutualInformation.Normalized(Enumerable.Range(0, gold.Length).ToArray(), gold),
            result.PaperGraph.Modularity);
    }
}
