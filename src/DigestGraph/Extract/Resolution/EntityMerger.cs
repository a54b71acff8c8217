using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;

namespace DigestGraph.Extract.Resolution;

/// <summary>
/// Turns overlapping mentions into a paper's entities: a mention inside a longer one is dropped, and mentions that share
/// a surface form or a lexicon entry (after folding) become one entity (<c>思维链</c>, <c>CoT</c>, <c>Chain-of-Thought</c>).
/// </summary>
public sealed class EntityMerger(ExtractionKnowledge knowledge)
{
    public List<EntityDraft> Merge(IEnumerable<Mention> titleMentions, IEnumerable<Mention> textMentions)
    {
        var kept = DropContained(textMentions);
        var drafts = new List<EntityDraft>();
        var byKey = new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        foreach (var mention in titleMentions.Concat(kept))
        {
            if (IsGeneric(mention)) continue;
            var keys = Keys(mention).ToArray();
            var owners = keys.Select(k => byKey.GetValueOrDefault(k)).OfType<EntityDraft>().Distinct().ToList();
            EntityDraft draft;
            if (owners.Count == 0)
            {
                draft = new EntityDraft(drafts.Count);
                drafts.Add(draft);
            }
            else
            {
                draft = owners[0];
                foreach (var other in owners.Skip(1))
                {
                    draft.Absorb(other);
                    drafts.Remove(other);
                    foreach (var k in byKey.Where(kv => kv.Value == other).Select(kv => kv.Key).ToArray()) byKey[k] = draft;
                }
            }
            draft.Absorb(mention);
            foreach (var k in keys) byKey[k] = draft;
            if (draft.Known is { } known) byKey[NameFolding.Fold(known.Name)] = draft;
        }
        foreach (var d in drafts)
        {
            d.Occurrences.Sort();
            if (d.Known is not null && !d.IsTitleName) d.Name = PreferredName(d);
        }
        return drafts;
    }

    /// <summary>The lexicon's canonical name, unless the text writes the entity in Latin script another way the lexicon also knows.</summary>
    private static string PreferredName(EntityDraft d)
    {
        var known = d.Known!;
        var latin = d.Surfaces.FirstOrDefault(s => s.All(c => !Text.CharClass.IsCjk(c)) && s.Length > 3
            && known.Aliases.Append(known.Name).Any(a => NameFolding.Fold(a) == NameFolding.Fold(s)));
        return latin ?? known.Name;
    }

    /// <summary>A class noun (LLMs, 视觉语言模型 (VLMs)) rather than a name: its name or a Latin form is a generic term.</summary>
    private bool IsGeneric(Mention m) =>
        m.Known is null && (NameFolding.Fold(m.Name).Length == 0
            || m.Surfaces.Any(s => !s.Any(Text.CharClass.IsCjk) && knowledge.GenericTerms.Contains(s)));

    private static IEnumerable<string> Keys(Mention m)
    {
        foreach (var s in m.Surfaces)
        {
            var f = NameFolding.Fold(s);
            if (f.Length > 0) yield return f;
        }
        if (m.Known is { } k) yield return NameFolding.Fold(k.Name);
    }

    private static List<Mention> DropContained(IEnumerable<Mention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Start).ThenByDescending(m => m.Length)
            .ThenByDescending(m => m.Aliases.Count + (m.Developer is null ? 0 : 1) + (m.Known is null ? 0 : 1)).ToList();
        var kept = new List<Mention>();
        var coverStart = -1;
        var coverEnd = -1;
        foreach (var m in ordered)
        {
            if (m.Start >= coverStart && m.End <= coverEnd)
            {
                // The same span found by two finders: the kept reading takes what only the other one knew.
                var last = kept[^1];
                if (m.Start == last.Start && m.Length == last.Length)
                    kept[^1] = last with { Known = last.Known ?? m.Known, TypeHint = last.TypeHint ?? m.TypeHint };
                continue;
            }
            kept.Add(m);
            if (m.End > coverEnd)
            {
                coverStart = m.Start;
                coverEnd = m.End;
            }
        }
        return kept;
    }
}
