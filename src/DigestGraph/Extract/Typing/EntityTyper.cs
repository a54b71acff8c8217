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
        foreach (var d in drafts)
            d.Type = Decide(text, d, drafts);
    }

    private EntityType Decide(string text, EntityDraft d, IReadOnlyList<EntityDraft> all)
    {
        var votes = _context.Votes(text, d, all);
        var hints = d.TypeHints;
        if (d.Known is { } known)
        {
            if (known.Types.Count == 1) return known.Type;
            var preferred = votes.Concat(hints).Where(known.Types.Contains).GroupBy(t => t).OrderByDescending(g => g.Count()).FirstOrDefault();
            return preferred?.Key ?? known.Type;
        }
        if (d.Surfaces.Select(NameShapeTyper.Strong).FirstOrDefault(t => t is not null) is { } strong) return strong;
        var all2 = votes.Concat(hints).ToList();
        if (all2.Count > 0) return all2.GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => all2.IndexOf(g.Key)).First().Key;
        if (FamilyType(d) is { } family) return family;
        return d.Surfaces.Select(NameShapeTyper.Weak).FirstOrDefault(t => t is not null) ?? EntityType.Method;
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
