namespace DigestGraph.Extract.Topics;

/// <summary>
/// Scores each taxonomy topic by the distinct cue terms found, a cue in the title counting three times one in the
/// abstract; keeps 1 to 4 topics that score at least <see cref="RelativeCut"/> of the best, the best being primary.
/// </summary>
public sealed class TopicClassifier(Taxonomy taxonomy)
{
    private const int TitleWeight = 3;
    private const double RelativeCut = 0.45;
    private const double MinimumScore = 2;
    private const int MaxTopics = 4;

    public (IReadOnlyList<string> Topics, string? Primary) Classify(string title, string? translatedTitle, string abstractText)
    {
        var heading = title + " \n " + translatedTitle;
        var scored = taxonomy.Topics
            .Select((t, order) => (t.Name, Order: order, Score: Score(t, heading, abstractText)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Order)
            .ToArray();
        if (scored.Length == 0) return ([], null);
        var best = scored[0].Score;
        var topics = scored.Where(x => x.Score >= Math.Max(MinimumScore, best * RelativeCut)).Take(MaxTopics).Select(x => x.Name).ToList();
        if (topics.Count == 0) topics.Add(scored[0].Name);
        return (topics, topics[0]);
    }

    private static double Score(Topic topic, string heading, string abstractText)
    {
        var inHeading = topic.Cues.FindAll(heading, 0, heading.Length).Select(x => x.Cue.ToLowerInvariant()).Distinct().Count();
        var inAbstract = topic.Cues.FindAll(abstractText, 0, abstractText.Length).Select(x => x.Cue.ToLowerInvariant()).Distinct().Count();
        return TitleWeight * inHeading + inAbstract;
    }
}
