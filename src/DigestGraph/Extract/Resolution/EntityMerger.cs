using System.Runtime.InteropServices;
using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Resolution;

/// <summary>
/// Turns overlapping mentions into a paper's entities: a mention inside a longer one is dropped, and mentions that share
/// a surface form or a lexicon entry (after folding) become one entity (<c>思维链</c>, <c>CoT</c>, <c>Chain-of-Thought</c>).
/// </summary>
public sealed class EntityMerger(ExtractionKnowledge knowledge)
{
    // Each thread's working collections, cleared and reused paper after paper (the key dictionary alone grew anew
    // through four sizes for every paper); nothing of them outlives a call.
    [ThreadStatic] private static Dictionary<string, EntityDraft>? t_byKey;
    [ThreadStatic] private static List<string>? t_keys;
    [ThreadStatic] private static List<EntityDraft>? t_owners;
    [ThreadStatic] private static List<Mention>? t_ordered;
    [ThreadStatic] private static List<ContainmentOrder>? t_order;
    [ThreadStatic] private static List<Mention>? t_kept;

    public List<EntityDraft> Merge(IEnumerable<Mention> titleMentions, IEnumerable<Mention> textMentions)
    {
        var kept = DropContained(textMentions, t_ordered ??= [], t_order ??= [], t_kept ??= []);
        var drafts = new List<EntityDraft>();
        var byKey = t_byKey ??= new Dictionary<string, EntityDraft>(StringComparer.Ordinal);
        byKey.Clear();
        var keys = t_keys ??= [];
        var owners = t_owners ??= [];
        foreach (var mention in titleMentions.Concat(kept))
        {
            // The name's key is folded once: it also says whether anything of the name is left.
            var nameKey = NameFolding.Fold(mention.Name);
            if (IsGeneric(mention, nameKey)) continue;
            keys.Clear();
            AddKeys(mention, nameKey, keys);
            owners.Clear();
            foreach (var k in keys)
                if (byKey.TryGetValue(k, out var owner) && !owners.Contains(owner)) owners.Add(owner);
            EntityDraft draft;
            if (owners.Count == 0)
            {
                draft = new EntityDraft(drafts.Count);
                drafts.Add(draft);
            }
            else
            {
                draft = owners[0];
                for (var o = 1; o < owners.Count; o++)
                {
                    var other = owners[o];
                    draft.Absorb(other);
                    drafts.Remove(other);
                    foreach (var k in byKey.Where(kv => kv.Value == other).Select(kv => kv.Key).ToArray()) byKey[k] = draft;
                }
            }
            draft.Absorb(mention);
            foreach (var k in keys) byKey[k] = draft;
            // A lexicon name the mention brought is among its keys already.
            if (draft.Known is { } known && !ReferenceEquals(known, mention.Known)) byKey[NameFolding.Fold(known.Name)] = draft;
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
        foreach (var s in d.Surfaces)
            if (s.Length > 3 && !CharClass.HasCjk(s) && (NameFolding.SameFold(known.Name, s) || AnyFoldsLike(known.Aliases, s)))
                return s;
        return known.Name;
    }

    private static bool AnyFoldsLike(IReadOnlyList<string> names, string surface)
    {
        for (var k = 0; k < names.Count; k++)
            if (NameFolding.SameFold(names[k], surface)) return true;
        return false;
    }

    /// <summary>A class noun (LLMs, 视觉语言模型 (VLMs)) rather than a name: its name or a Latin form is a generic term.</summary>
    private bool IsGeneric(Mention m, string nameKey)
    {
        if (m.Known is not null) return false;
        if (nameKey.Length == 0 || IsGenericLatin(m.Name)) return true;
        foreach (var alias in m.Aliases)
            if (IsGenericLatin(alias)) return true;
        return false;
    }

    private bool IsGenericLatin(string surface) =>
        !CharClass.HasCjk(surface) && (knowledge.GenericTerms.Contains(surface) || knowledge.IsClassPlural(surface));

    private static void AddKeys(Mention m, string nameKey, List<string> keys)
    {
        if (nameKey.Length > 0) keys.Add(nameKey);
        foreach (var alias in m.Aliases) AddKey(alias, keys);
        if (m.Known is { } k) keys.Add(NameFolding.Fold(k.Name));
    }

    private static void AddKey(string surface, List<string> keys)
    {
        var f = NameFolding.Fold(surface);
        if (f.Length > 0) keys.Add(f);
    }

    /// <summary>The mentions not inside a longer one, written into <paramref name="kept"/>; the three lists are cleared first.</summary>
    private static List<Mention> DropContained(IEnumerable<Mention> mentions, List<Mention> ordered, List<ContainmentOrder> order, List<Mention> kept)
    {
        ordered.Clear();
        order.Clear();
        kept.Clear();
        foreach (var m in mentions)
        {
            order.Add(new ContainmentOrder(m.Start, m.Length, Richness(m), ordered.Count));
            ordered.Add(m);
        }
        // The keys are unique (the finders' order breaks ties, as the stable OrderBy did), so the sort is deterministic.
        CollectionsMarshal.AsSpan(order).Sort(CollectionsMarshal.AsSpan(ordered));
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

    /// <summary>What a reading knows beyond its span: aliases, a developer, a lexicon entry.</summary>
    private static int Richness(Mention m) => m.Aliases.Count + (m.Developer is null ? 0 : 1) + (m.Known is null ? 0 : 1);
}
