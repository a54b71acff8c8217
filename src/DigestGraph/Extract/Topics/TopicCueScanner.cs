using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Topics;

/// <summary>
/// Counts, per taxonomy topic, the distinct cue terms a text writes, in one scan for all topics: the ground of both the
/// rule classifier and the learned topic model's features.
/// </summary>
public sealed class TopicCueScanner
{
    private readonly int _topicCount;
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

    public TopicCueScanner(Taxonomy taxonomy)
    {
        _topicCount = taxonomy.Topics.Count;
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

    /// <summary>
    /// The distinct cues of each topic found in a text, longest match first across all topics, so that
    /// "多模态大语言模型" counts for vision-language models and not also, through "大语言模型", for LLMs.
    /// </summary>
    public int[] CuesFound(string text)
    {
        var perTopic = new int[_topicCount];
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
}
