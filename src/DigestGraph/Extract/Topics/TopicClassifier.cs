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
    private readonly Dictionary<int, ThirdCharIndex<TopicCue>> _cuesByFirstTwo;
    private readonly KeyFilter _firstTwo = new();
    private readonly Dictionary<char, TopicCue[]> _oneCharacterCues;
    private readonly int _cueIds;
    // Every character a cue can start with, in both cases: the scan looks up cues only there. Of those, the ones
    // followed by a character that a cue has second (upper case), and the ones that are a one-character cue.
    private readonly CharSet _firstChars;
    private readonly CharSet _secondChars;
    private readonly CharSet _oneCharacterChars;

    public TopicClassifier(Taxonomy taxonomy)
    {
        this.taxonomy = taxonomy;
        var cues = CuesOf(taxonomy).OrderByDescending(x => x.Cue.Length).ToArray();
        _cueIds = cues.Max(x => x.Id) + 1;
        _cuesByFirstTwo = cues.Where(x => x.Cue.Length >= 2).GroupBy(x => PairKey(x.Cue.Value[0], x.Cue.Value[1]))
            .ToDictionary(g => g.Key, g => new ThirdCharIndex<TopicCue>(g.ToArray(), x => x.Cue));
        foreach (var key in _cuesByFirstTwo.Keys) _firstTwo.Add(key);
        _oneCharacterCues = cues.Where(x => x.Cue.Length == 1).GroupBy(x => char.ToUpperInvariant(x.Cue.Value[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _firstChars = new CharSet(InvariantCase.InEitherCase(cues.Select(x => x.Cue.Value[0])));
        var seconds = _cuesByFirstTwo.Keys.Select(key => (char)key).ToHashSet();
        _secondChars = CharSet.Where(c => seconds.Contains(InvariantCase.ToUpper(c)));
        _oneCharacterChars = CharSet.Where(c => _oneCharacterCues.ContainsKey(InvariantCase.ToUpper(c)));
    }

    private readonly record struct TopicCue(IgnoreCaseText Cue, int Topic, int Id);

    /// <summary>Every topic's cues, numbered from 0 so that a scan marks the ones it counted in a small span.</summary>
    private static List<TopicCue> CuesOf(Taxonomy taxonomy)
    {
        var cues = new List<TopicCue>();
        var nextId = 0;
        for (var topic = 0; topic < taxonomy.Topics.Count; topic++)
        {
            var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var cue in taxonomy.Topics[topic].Cues.Cues)
            {
                if (!ids.TryGetValue(cue, out var id)) ids[cue] = id = nextId++;
                cues.Add(new TopicCue(new IgnoreCaseText(cue), topic, id));
            }
        }
        return cues;
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
        var perTopic = new int[taxonomy.Topics.Count];
        Span<bool> counted = stackalloc bool[_cueIds];
        var coveredUntil = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!_firstChars.Contains(c)) continue;
            // Inside a Latin word no cue starts: cues starting with a letter are whole words.
            if (i > 0 && CharClass.IsLatinLetter(c) && CharClass.IsNameChar(text[i - 1])) continue;
            var longest = 0;
            if (i + 1 < text.Length && _secondChars.Contains(text[i + 1]))
            {
                var pair = PairKey(c, text[i + 1]);
                if (_firstTwo.MayContain(pair) && _cuesByFirstTwo.TryGetValue(pair, out var byThird))
                    Match(text, i, byThird.At(text, i), perTopic, counted, ref longest, ref coveredUntil);
            }
            if (_oneCharacterChars.Contains(c) && _oneCharacterCues.TryGetValue(InvariantCase.ToUpper(c), out var candidates))
                Match(text, i, candidates, perTopic, counted, ref longest, ref coveredUntil);
        }
        return perTopic;
    }

    /// <summary>
    /// The longest of <paramref name="candidates"/> (longest first) written at <paramref name="i"/> past what is covered,
    /// counted for its topic (<paramref name="perTopic"/>) unless already <paramref name="counted"/> (by cue id).
    /// </summary>
    private static void Match(string text, int i, TopicCue[] candidates, int[] perTopic, Span<bool> counted, ref int longest, ref int coveredUntil)
    {
        foreach (var (cue, topic, id) in candidates)
        {
            if (cue.Length < longest) break;
            var end = i + cue.Length;
            if (end <= coveredUntil || !CueList.IsWordAt(text, i, cue)) continue;
            longest = cue.Length;
            if (!counted[id])
            {
                counted[id] = true;
                perTopic[topic]++;
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
