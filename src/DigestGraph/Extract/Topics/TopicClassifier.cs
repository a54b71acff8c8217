namespace DigestGraph.Extract.Topics;

/// <summary>
/// Scores each taxonomy topic by the distinct cue terms found (a cue in the title counting <see cref="TitleWeight"/>
/// times one in the abstract) plus a bonus when the paper introduces an entity of the topic's kind; keeps 1 to 4
/// topics scoring at least <see cref="RelativeCut"/> of the best. The primary topic is the best after broad topics are
/// discounted, or the topic of the paper's own resource when the title names a dataset or benchmark.
/// </summary>
public sealed class TopicClassifier
{
    private readonly Taxonomy taxonomy;
    private readonly TopicCueScanner _scanner;

    public TopicClassifier(Taxonomy taxonomy)
    {
        this.taxonomy = taxonomy;
        _scanner = new TopicCueScanner(taxonomy);
    }

    private const int TitleWeight = 2;
    private const int IntroducedBonus = 3;
    private const double RelativeCut = 0.35;
    private const double MinimumScore = 2;
    private const double BroadDiscount = 0.7;
    private const int MaxTopics = 4;

    public (IReadOnlyList<string> Topics, string? Primary) Classify(
        string title, string? translatedTitle, string abstractText, IReadOnlyList<ExtractedEntity> entities, ExtractedEntity? ownEntity)
    {
        var heading = title + " \n " + translatedTitle;
        var headingCues = _scanner.CuesFound(heading);
        var abstractCues = _scanner.CuesFound(abstractText);
        var introducedTypes = IntroducedTypes(entities);
        var scored = new List<(Topic Topic, int Order, double Score)>();
        for (var order = 0; order < taxonomy.Topics.Count; order++)
        {
            var topic = taxonomy.Topics[order];
            var score = Score(topic, headingCues[order], abstractCues[order], introducedTypes);
            if (score > 0) scored.Add((topic, order, score));
        }
        // Orders are distinct, so this unstable sort orders as OrderByDescending(Score).ThenBy(Order) did.
        scored.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        if (scored.Count == 0) return ([], null);
        var best = scored[0].Score;
        var kept = scored.Where(x => x.Score >= Math.Max(MinimumScore, best * RelativeCut)).Take(MaxTopics).ToList();
        if (kept.Count == 0) kept.Add(scored[0]);

        var primary = kept.OrderByDescending(x => x.Topic.Broad ? x.Score * BroadDiscount : x.Score).ThenBy(x => x.Order).First().Topic;
        if (ownEntity is not null && kept.FirstOrDefault(x => x.Topic.Introduces.Contains(ownEntity.Type)).Topic is { } own)
            primary = own;
        return (kept.Select(x => x.Topic.Name).ToArray(), primary.Name);
    }

    private static double Score(Topic topic, int inHeading, int inAbstract, int introducedTypes)
    {
        var introduces = 0;
        foreach (var type in topic.Introduces)
            if ((introducedTypes & 1 << (int)type) != 0) introduces = IntroducedBonus;
        return TitleWeight * inHeading + inAbstract + introduces;
    }

    /// <summary>The entity types the paper introduces an entity of, one bit per type: asked once per topic.</summary>
    private static int IntroducedTypes(IReadOnlyList<ExtractedEntity> entities)
    {
        var introduced = 0;
        foreach (var e in entities)
            if (e.Introduced) introduced |= 1 << (int)e.Type;
        return introduced;
    }
}
