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

    public void Assign(string text, IReadOnlyList<EntityDraft> drafts)
    {
        var guessed = new List<EntityDraft>();
        foreach (var d in drafts)
        {
            var (type, evidenced) = Decide(text, d, drafts);
            d.Type = type;
            if (!evidenced) guessed.Add(d);
        }
        // "MiniMax-Text-01" with no noun of its own shares the type of "MiniMax-01", a name of the same family.
        foreach (var d in guessed)
        {
            var family = FamilyStem(d.Name);
            var relative = drafts.FirstOrDefault(o => o != d && !guessed.Contains(o) && family.Length >= 4 && FamilyStem(o.Name) == family);
            if (relative is not null) d.Type = relative.Type;
        }
    }

    private static string FamilyStem(string name)
    {
        var cut = name.IndexOfAny(['-', ' ']);
        return cut > 0 ? name[..cut] : name;
    }

    private (EntityType Type, bool Evidenced) Decide(string text, EntityDraft d, IReadOnlyList<EntityDraft> all)
    {
        var votes = _context.Votes(text, d, all);
        if (d.IsTitleName) votes.AddRange(knowledge.TypeCues.SelfReferences(text));
        var hints = d.TypeHints;
        if (d.Known is { } known)
        {
            // "the Vicuna benchmark": a resource named after a known model is what the text calls it.
            var benchmark = votes.Count(t => t == EntityType.Benchmark);
            if (known.Type is EntityType.Model or EntityType.Method && benchmark * 2 > votes.Count) return (EntityType.Benchmark, true);
            if (known.Types.Count == 1) return (known.Type, true);
            var preferred = votes.Concat(hints).Where(known.Types.Contains).GroupBy(t => t).OrderByDescending(g => g.Count()).FirstOrDefault();
            return (preferred?.Key ?? known.Type, true);
        }
        var strong = d.Surfaces.Select(NameShapeTyper.Strong).FirstOrDefault(t => t is not null);
        if (strong is EntityType.Benchmark or EntityType.Model) return (strong.Value, true);
        var evidence = votes.Concat(hints).ToList();
        if (evidence.Count > 0)
            return (evidence.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => evidence.IndexOf(g.Key)).First().Key, true);
        if (strong is { } s) return (s, true);
        if (FamilyType(d) is { } family) return (family, true);
        var weak = d.Surfaces.Select(NameShapeTyper.Weak).FirstOrDefault(t => t is not null);
        return (weak ?? EntityType.Method, weak is not null);
    }

    /// <summary>A known entity in front of a size, version or variant suffix lends its type: <c>Qwen2.5-72B-Instruct</c>.</summary>
    private EntityType? FamilyType(EntityDraft d)
    {
        foreach (var surface in d.Surfaces)
        {
            for (var i = surface.Length - 1; i > 1; i--)
            {
                if (surface[i] is not ('-' or ' ')) continue;
                if (knowledge.Lexicon.TryFind(surface[..i], out var e) && e.Type is EntityType.Model or EntityType.Benchmark or EntityType.Dataset)
                    return e.Type;
            }
        }
        return null;
    }
}
