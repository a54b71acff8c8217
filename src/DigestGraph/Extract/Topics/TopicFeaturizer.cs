namespace DigestGraph.Extract.Topics;

/// <summary>
/// Turns a paper into what the topic model weighs: per topic, a few dense features from the taxonomy's cue terms
/// (distinct cues in the heading and the abstract, their share of all cues, the rule score relative to the best, the
/// entity kinds the paper introduces) that every topic shares one weight for, and the paper's word tokens.
/// Training and inference both read papers through this one type.
/// </summary>
public sealed class TopicFeaturizer
{
    /// <summary>Dense features per topic (the order of <see cref="Fill"/>).</summary>
    public const int DenseCount = 16;

    // The rule classifier's weighting, kept as one dense feature (the learned weights decide what it is worth).
    private const int TitleWeight = 2;
    private const int IntroducedWeight = 3;

    private readonly Taxonomy _taxonomy;
    private readonly TopicCueScanner _scanner;

    public TopicFeaturizer(Taxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        _scanner = new TopicCueScanner(taxonomy);
    }

    public Taxonomy Taxonomy => _taxonomy;

    /// <summary>How many dense features a paper has: <see cref="DenseCount"/> per topic.</summary>
    public int DenseLength => _taxonomy.Topics.Count * DenseCount;

    /// <summary>
    /// The paper's dense features, topic after topic (<see cref="DenseCount"/> each).
    /// </summary>
    public float[] Compute(string title, string? translatedTitle, string text, IReadOnlyList<ExtractedEntity> entities)
    {
        var dense = new float[DenseLength];
        Compute(title, translatedTitle, text, entities, dense);
        return dense;
    }

    /// <summary>The dense features written into <paramref name="dense"/> (<see cref="DenseLength"/> long): inference keeps them on the stack.</summary>
    public void Compute(string title, string? translatedTitle, string text, IReadOnlyList<ExtractedEntity> entities, Span<float> dense)
    {
        var heading = _scanner.CuesFound(translatedTitle is null ? title : title + " \n " + translatedTitle);
        var inText = _scanner.CuesFound(text);
        var (introduced, titled) = IntroducedKinds(title, translatedTitle, entities);
        var topics = _taxonomy.Topics;
        Span<float> scores = stackalloc float[topics.Count];
        float best = 0, headingSum = 0, textSum = 0;
        for (var t = 0; t < topics.Count; t++)
        {
            scores[t] = TitleWeight * heading[t] + inText[t] + (Marks(topics[t], introduced) ? IntroducedWeight : 0);
            best = Math.Max(best, scores[t]);
            headingSum += heading[t];
            textSum += inText[t];
        }
        var rulePrimary = RulePrimary(topics, scores, best, titled);
        for (var t = 0; t < topics.Count; t++)
        {
            var f = dense.Slice(t * DenseCount, DenseCount);
            Fill(f, topics[t], heading[t], inText[t], headingSum, textSum, scores[t], best, introduced, titled);
            f[14] = t == rulePrimary ? 1 : 0;
            f[15] = RuleKeeps(scores[t], best) ? 1 : 0;
        }
    }

    private static void Fill(Span<float> f, Topic topic, int heading, int inText, float headingSum, float textSum,
        float score, float best, int introduced, int titled)
    {
        var relative = best > 0 ? score / best : 0;
        var broad = topic.Broad ? 1f : 0f;
        f[0] = heading;
        f[1] = inText;
        f[2] = heading > 0 ? 1 : 0;
        f[3] = inText > 0 ? 1 : 0;
        f[4] = MathF.Log(1 + inText);
        f[5] = textSum > 0 ? inText / textSum : 0;
        f[6] = headingSum > 0 ? heading / headingSum : 0;
        f[7] = relative;
        f[8] = best > 0 && score == best ? 1 : 0;
        f[9] = Marks(topic, introduced) ? 1 : 0;
        f[10] = Marks(topic, titled) ? 1 : 0;
        f[11] = broad;
        f[12] = broad * f[2];
        f[13] = broad * relative;
    }

    // The rule classifier's cut and discount of broad topics (TopicClassifier), as features of its verdict.
    private const float RuleMinimum = 2;
    private const float RuleRelativeCut = 0.35f;
    private const float RuleBroadDiscount = 0.7f;

    private static bool RuleKeeps(float score, float best) => score > 0 && score >= Math.Max(RuleMinimum, best * RuleRelativeCut) || score == best && best > 0;

    /// <summary>The topic the rules would call primary: the best kept one after broad topics are discounted, or the kept topic of the title's new resource.</summary>
    private static int RulePrimary(IReadOnlyList<Topic> topics, ReadOnlySpan<float> scores, float best, int titled)
    {
        int primary = -1;
        float primaryScore = 0;
        for (var t = 0; t < topics.Count; t++)
        {
            if (!RuleKeeps(scores[t], best)) continue;
            if (Marks(topics[t], titled)) return t;
            var discounted = topics[t].Broad ? scores[t] * RuleBroadDiscount : scores[t];
            if (primary < 0 || discounted > primaryScore) (primary, primaryScore) = (t, discounted);
        }
        return primary;
    }

    private static bool Marks(Topic topic, int types)
    {
        foreach (var type in topic.Introduces)
            if ((types & 1 << (int)type) != 0) return true;
        return false;
    }

    /// <summary>
    /// The entity types the paper introduces an entity of, and those of the introduced entities its title names (a
    /// paper titled by its new benchmark is about evaluation), one bit per type.
    /// </summary>
    private static (int Introduced, int Titled) IntroducedKinds(string title, string? translatedTitle, IReadOnlyList<ExtractedEntity> entities)
    {
        int introduced = 0, titled = 0;
        foreach (var e in entities)
        {
            if (!e.Introduced) continue;
            introduced |= 1 << (int)e.Type;
            if (InTitle(e.Name) || e.Aliases.Any(InTitle)) titled |= 1 << (int)e.Type;
        }
        return (introduced, titled);

        bool InTitle(string name) => name.Length > 0 && (title.Contains(name, StringComparison.OrdinalIgnoreCase)
            || translatedTitle?.Contains(name, StringComparison.OrdinalIgnoreCase) == true);
    }
}
