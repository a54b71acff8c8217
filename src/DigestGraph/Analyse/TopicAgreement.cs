namespace DigestGraph.Analyse;

/// <summary>
/// How paper clusters agree with gold primary topics, over the papers both know, next to the partition's modularity.
/// NMI rewards many small clusters, so the chance level to beat is given too: the mean NMI of the same cluster sizes
/// dealt to papers at random (seeded shuffles).
/// </summary>
public sealed record TopicAgreement(int Papers, int GoldTopics, int Clusters, double NormalizedMutualInformation, double ChanceBaseline, double Modularity)
{
    private const int Shuffles = 100;

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
            ChanceLevel(clusters, gold, result.Options.Seed),
            result.PaperGraph.Modularity);
    }

    private static double ChanceLevel(string[] clusters, string[] gold, int seed)
    {
        var random = new Random(seed);
        var shuffled = (string[])clusters.Clone();
        var total = 0.0;
        for (var i = 0; i < Shuffles; i++)
        {
            random.Shuffle(shuffled);
            total += MutualInformation.Normalized(shuffled, gold);
        }
        return total / Shuffles;
    }
}
