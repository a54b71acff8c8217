using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Typing;

/// <summary>
/// Decides each entity's type: a strong name shape, then the lexicon (choosing among its readings by context), then the
/// context words, the finder's hint, a known family in front of the name (<c>Llama 3.1 8B</c>), a weak shape, and
/// finally Method (a name without any of these is most often a technique).
/// </summary>
public sealed class EntityTyper(ExtractionKnowledge knowledge)
{
    private readonly ContextTyper _context = new(knowledge);

    /// <param name="translatedTitle">The translated title, if any.</param>
    public void Assign(string text, string? translatedTitle, IReadOnlyList<EntityDraft> drafts)
    {
        var titled = TranslatedSubtitleType(translatedTitle);
        var guessed = new List<EntityDraft>();
        foreach (var d in drafts)
        {
            var votes = Votes(text, d, drafts);
            if (d.IsTitleName && titled is { } subtitle) votes.Add(subtitle);
            d.StrongShape = FirstShape(d.Surfaces, NameShapeTyper.Strong);
            d.WeakShape = FirstShape(d.Surfaces, NameShapeTyper.Weak);
            var (type, source) = Decide(d, votes);
            d.Type = type;
            d.TypeVotes = votes;
            d.TypeSource = source;
            if (source == TypeSource.Fallback) guessed.Add(d);
        }
        // "MiniMax-Text-01" with no noun of its own shares the type of "MiniMax-01", a name of the same family.
        foreach (var d in guessed)
        {
            var family = FamilyStem(d.Name);
            if (family.Length < 4) continue;
            foreach (var o in drafts)
            {
                if (o == d || guessed.Contains(o) || !FamilyStem(o.Name).SequenceEqual(family)) continue;
                d.Type = o.Type;
                d.TypeSource = TypeSource.FamilyShare;
                break;
            }
        }
    }

    private static ReadOnlySpan<char> FamilyStem(string name)
    {
        var cut = name.AsSpan().IndexOfAny('-', ' ');
        return cut > 0 ? name.AsSpan(0, cut) : name;
    }

    private (EntityType Type, TypeSource Source) Decide(EntityDraft d, List<EntityType> votes)
    {
        var hints = d.TypeHints;
        if (d.Known is { } known)
        {
            // Only a model's or method's type, or a choice among readings, depends on the words around it.
            if (known.Types.Count == 1 && known.Type is not (EntityType.Model or EntityType.Method)) return (known.Type, TypeSource.Lexicon);
            // "the Vicuna benchmark": a resource named after a known model is what the text calls it.
            var benchmark = 0;
            foreach (var t in votes)
                if (t == EntityType.Benchmark) benchmark++;
            if (known.Type is EntityType.Model or EntityType.Method && benchmark * 2 > votes.Count) return (EntityType.Benchmark, TypeSource.LexiconByContext);
            if (known.Types.Count == 1) return (known.Type, TypeSource.Lexicon);
            return (MostFrequent(votes, hints, known.Types) ?? known.Type, TypeSource.LexiconByContext);
        }
        var strong = d.StrongShape;
        if (strong is EntityType.Benchmark or EntityType.Model) return (strong.Value, TypeSource.StrongShape);
        if (MostFrequent(votes, hints, null) is { } voted) return (voted, TypeSource.Context);
        if (strong is { } s) return (s, TypeSource.StrongShape);
        if (FamilyType(d) is { } family) return (family, TypeSource.Family);
        var weak = d.WeakShape;
        return weak is { } w ? (w, TypeSource.WeakShape) : (EntityType.Method, TypeSource.Fallback);
    }

    /// <summary>
    /// What a translated title's subtitle says its name is: "FLEXI：全双工人类-大语言模型语音交互基准" ends in its type
    /// noun. (English subtitles were tried too, "X: A Benchmark for ...": their head is too often not the name's type.)
    /// </summary>
    private EntityType? TranslatedSubtitleType(string? translatedTitle) =>
        translatedTitle is not null && translatedTitle.AsSpan().IndexOfAny('：', ':') > 0
            ? knowledge.TypeCues.NounEndingAt(translatedTitle, translatedTitle.TrimEnd().Length)
            : null;

    /// <summary>The context's votes, and for the paper's own name every way the paper refers to itself.</summary>
    private List<EntityType> Votes(string text, EntityDraft d, IReadOnlyList<EntityDraft> all)
    {
        var votes = _context.Votes(text, d, all);
        if (d.IsTitleName) votes.AddRange(knowledge.TypeCues.SelfReferences(text));
        return votes;
    }

    private static EntityType? FirstShape(List<string> surfaces, Func<string, EntityType?> shape)
    {
        foreach (var surface in surfaces)
            if (shape(surface) is { } type) return type;
        return null;
    }

    /// <summary>
    /// The type most often among the votes then the hints (only <paramref name="allowed"/> ones, when given), the first
    /// given among equally frequent ones; null when there is none.
    /// </summary>
    private static EntityType? MostFrequent(List<EntityType> votes, List<EntityType> hints, IReadOnlyList<EntityType>? allowed)
    {
        var counts = new int[TypeCount];
        var firstAt = new int[TypeCount];
        EntityType? best = null;
        for (var k = 0; k < votes.Count + hints.Count; k++)
        {
            var t = k < votes.Count ? votes[k] : hints[k - votes.Count];
            if (allowed is not null && !allowed.Contains(t)) continue;
            if (counts[(int)t]++ == 0) firstAt[(int)t] = k;
        }
        for (var t = 0; t < TypeCount; t++)
        {
            if (counts[t] == 0) continue;
            if (best is not { } b || counts[t] > counts[(int)b] || (counts[t] == counts[(int)b] && firstAt[t] < firstAt[(int)b])) best = (EntityType)t;
        }
        return best;
    }

    private static readonly int TypeCount = Enum.GetValues<EntityType>().Length;

    /// <summary>A known entity in front of a size, version or variant suffix lends its type: <c>Qwen2.5-72B-Instruct</c>.</summary>
    private EntityType? FamilyType(EntityDraft d)
    {
        foreach (var surface in d.Surfaces)
        {
            for (var i = surface.Length - 1; i > 1; i--)
            {
                if (surface[i] is not ('-' or ' ')) continue;
                if (knowledge.Lexicon.TryFind(surface.AsSpan(0, i), out var e) && e.Type is EntityType.Model or EntityType.Benchmark or EntityType.Dataset)
                    return e.Type;
            }
        }
        return null;
    }
}
