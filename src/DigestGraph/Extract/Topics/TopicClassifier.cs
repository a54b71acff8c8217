using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

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
    // Every topic's cues in one index, so a text is scanned once for all topics: by their first two characters (upper
    // case, as OrdinalIgnoreCase compares), and the one-character cues by that character; each longest first.
    // Each cue carries its topic's index and an id shared by the topic's cues that are equal ignoring case (counted once).
    private readonly Dictionary<int, TopicCue[]> _cuesByFirstTwo;
    private readonly KeyFilter _firstTwo = new();
    private readonly KeyFilter _oneCharacter = new();
    private readonly Dictionary<char, TopicCue[]> _oneCharacterCues;
    // Every character a cue can start with, in both cases: the scan looks up cues only there.
    private readonly CharSet _firstChars;

    public TopicClassifier(Taxonomy taxonomy)
    {
        this.taxonomy = taxonomy;
        var cues = taxonomy.Topics.SelectMany((t, index) => CuesOf(t, index)).OrderByDescending(x => x.Cue.Length).ToArray();
        _cuesByFirstTwo = cues.Where(x => x.Cue.Length >= 2).GroupBy(x => PairKey(x.Cue.Value[0], x.Cue.Value[1])).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var key in _cuesByFirstTwo.Keys) _firstTwo.Add(key);
        _oneCharacterCues = cues.Where(x => x.Cue.Length == 1).GroupBy(x => char.ToUpperInvariant(x.Cue.Value[0])).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var key in _oneCharacterCues.Keys) _oneCharacter.Add(key);
        _firstChars = new CharSet(cues
            .SelectMany(x => new[] { x.Cue.Value[0], char.ToUpperInvariant(x.Cue.Value[0]), char.ToLowerInvariant(x.Cue.Value[0]) }));
    }

    private readonly record struct TopicCue(IgnoreCaseText Cue, int Topic, int Id);

    private static IEnumerable<TopicCue> CuesOf(Topic topic, int index)
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var cue in topic.Cues.Cues)
        {
            if (!ids.TryGetValue(cue, out var id)) ids[cue] = id = index << 16 | ids.Count;
            yield return new TopicCue(new IgnoreCaseText(cue), index, id);
        }
    }

    private static int PairKey(char first, char second) => InvariantCase.ToUpper(first) << 16 | InvariantCase.ToUpper(second);

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
        var headingCues = CuesFound(heading);
        var abstractCues = CuesFound(abstractText);
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

    /// <summary>
    /// The distinct cues of each topic found in a text, longest match first across all topics, so that
    /// "多模态大语言模型" counts for vision-language models and not also, through "大语言模型", for LLMs.
    /// </summary>
    private int[] CuesFound(string text)
    {
        var found = new CueCounts(new int[taxonomy.Topics.Count], []);
        var coveredUntil = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!_firstChars.Contains(text[i])) continue;
            // Inside a Latin word no cue starts: cues starting with a letter are whole words.
            if (i > 0 && Text.CharClass.IsLatinLetter(text[i]) && Text.CharClass.IsNameChar(text[i - 1])) continue;
            var longest = 0;
            var pair = i + 1 < text.Length ? PairKey(text[i], text[i + 1]) : 0;
            if (i + 1 < text.Length && _firstTwo.MayContain(pair) && _cuesByFirstTwo.TryGetValue(pair, out var candidates))
                Match(text, i, candidates, found, ref longest, ref coveredUntil);
            var upper = InvariantCase.ToUpper(text[i]);
            if (_oneCharacter.MayContain(upper) && _oneCharacterCues.TryGetValue(upper, out candidates))
                Match(text, i, candidates, found, ref longest, ref coveredUntil);
        }
        return found.PerTopic;
    }

    /// <summary>Distinct cues found per topic (by topic index), and the ids of the cues already counted.</summary>
    private readonly record struct CueCounts(int[] PerTopic, List<int> Seen);

    /// <summary>The longest of <paramref name="candidates"/> (longest first) written at <paramref name="i"/> past what is covered.</summary>
    private static void Match(string text, int i, TopicCue[] candidates, CueCounts found, ref int longest, ref int coveredUntil)
    {
        foreach (var (cue, topic, id) in candidates)
        {
            if (cue.Length < longest) break;
            if (!CueList.IsWordAt(text, i, cue)) continue;
            var end = i + cue.Length;
            if (end <= coveredUntil) continue;
            longest = cue.Length;
            if (!found.Seen.Contains(id))
            {
                found.Seen.Add(id);
                found.PerTopic[topic]++;
            }
            coveredUntil = end;
        }
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
