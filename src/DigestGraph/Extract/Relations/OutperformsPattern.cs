using DigestGraph.Extract.Resolution;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// OUTPERFORMS: <c>X 超越/优于/outperforms Y</c>, <c>X 比 Y 高出/快</c>, <c>与 Y 相比，X ... 提升</c>, and the reversed
/// <c>Y 不如 X</c>. The subject is the model or method before the cue (an introduced one first), or the paper's own
/// system when the sentence speaks of "our model"; the targets are the models and methods compared against.
/// </summary>
public sealed class OutperformsPattern : IRelationPattern
{
    public IEnumerable<ExtractedRelation> Find(RelationContext c)
    {
        var found = new List<ExtractedRelation>();
        var outperform = c.Cues.Outperform;
        var outperformReversed = c.Cues.OutperformReversed;
        var comparisonMarker = c.Cues.ComparisonMarker;
        var comparisonGain = c.Cues.ComparisonGain;
        for (var k = 0; k < c.Sentences.Count; k++)
        {
            var occ = c.ModelsAndMethodsIn(k);
            // One name and no other system to compare it with: nothing outperforms anything.
            if (occ.Length == 0 || OnlyOneSystem(occ, c.Main)) continue;
            var s = c.Sentences[k];
            var outperforms = c.CuesIn(outperform, k);
            var reversed = c.CuesIn(outperformReversed, k);
            var markers = c.CuesIn(comparisonMarker, k);
            // Without a cue or a marker, and without 相比 / 相较 (AgainstWith), nothing in the sentence is compared.
            if (outperforms.Count == 0 && reversed.Count == 0 && markers.Count == 0 && !c.Text.AsSpan(s.Start, s.Length).Contains('相')) continue;
            var evidence = c.Evidence(k);
            var compared = new List<Occurrence>();
            foreach (var o in occ)
                if (IsMarked(c.Text, markers, o)) compared.Add(o);
            AddAgainstWith(c, s, occ, compared);
            // "比 FlashAttention2 和 xformers 高出": names listed after a compared one are compared too.
            foreach (var o in occ)
                if (!compared.Contains(o) && IsListed(c.Text, o.Start, compared, occ))
                    compared.Add(o);
            compared.Sort((a, b) => a.Start.CompareTo(b.Start));

            foreach (var (pos, _) in outperforms)
            {
                var subject = Subject(c, k, occ, pos, compared);
                if (subject is null) continue;
                var clauseEnd = ClauseEnd(c.Text, pos, s.End);
                var targets = new List<EntityDraft>();
                foreach (var o in occ)
                    if (o.Start > pos && o.Start < clauseEnd && !IsModifier(c, o)) targets.Add(o.Entity);
                foreach (var o in compared)
                    if (o.Start < pos) targets.Add(o.Entity);
                Add(found, subject, targets, evidence);
            }
            foreach (var (pos, cue) in reversed)
            {
                var weaker = LastEndingBy(occ, pos);
                var stronger = FirstStartingAfter(occ, pos + cue.Length);
                if (weaker is not null && stronger is not null) Add(found, stronger, [weaker], evidence);
            }
            // "比 Y 快 2 倍", "相较于 Y 提升了 4.6%": a marker, the compared name, then a gain word in the same clause.
            if (compared.Count > 0 && c.HasCue(comparisonGain, k, compared[0].End, s.End))
            {
                var subject = Subject(c, k, occ, compared[0].Start, compared);
                if (subject is not null) Add(found, subject, compared.ConvertAll(o => o.Entity), evidence);
            }
        }
        return found;
    }

    private static bool OnlyOneSystem(Occurrence[] occ, EntityDraft? main)
    {
        foreach (var o in occ)
            if (o.Entity != occ[0].Entity) return false;
        return main is null || main == occ[0].Entity;
    }

    /// <summary>A name right after a comparison marker ("比 Y"), or given as its example ("比现有扩散模型，如 SDXL").</summary>
    private static bool IsMarked(string text, IReadOnlyList<(int Position, string Cue)> markers, Occurrence o)
    {
        foreach (var (position, cue) in markers)
            if (IsRightAfter(text, position + cue.Length, o.Start) || IsExampleAfter(text, position + cue.Length, o.Start)) return true;
        return false;
    }

    private static EntityDraft? LastEndingBy(Occurrence[] occ, int position)
    {
        for (var i = occ.Length - 1; i >= 0; i--)
            if (occ[i].End <= position) return occ[i].Entity;
        return null;
    }

    private static EntityDraft? FirstStartingAfter(Occurrence[] occ, int position)
    {
        foreach (var o in occ)
            if (o.Start > position) return o.Entity;
        return null;
    }

    /// <summary>"比现有扩散模型，如 SDXL": the compared class given by examples.</summary>
    private static bool IsExampleAfter(string text, int from, int to)
    {
        if (to < from || to - from > 24) return false;
        var gap = text.AsSpan(from, to - from);
        if (gap.IndexOfAny("。；;") >= 0) return false;
        var trimmed = gap.TrimEnd();
        return trimmed.EndsWith("如") || trimmed.EndsWith("such as") || trimmed.EndsWith("e.g.") || trimmed.EndsWith("e.g.,");
    }

    /// <summary>"与 Y 相比" / "和 Y 相比": the names between 与 and 相比 are compared against.</summary>
    private static void AddAgainstWith(RelationContext c, Sentence s, Occurrence[] occ, List<Occurrence> compared)
    {
        foreach (var o in occ)
        {
            // A name may run past the sentence end; then nothing of the sentence follows it.
            var after = c.Text.AsSpan(o.End, Math.Clamp(s.End - o.End, 0, 4)).Trim();
            if (!after.StartsWith("相比") && !after.StartsWith("相较")) continue;
            var before = o.Start - 1;
            while (before > s.Start && c.Text[before] == ' ') before--;
            var window = c.Text.AsSpan(Math.Max(s.Start, before - 8), before - Math.Max(s.Start, before - 8) + 1);
            if (window.Contains('与') || window.Contains('和')) compared.Add(o);
        }
    }

    private static EntityDraft? Subject(RelationContext c, int sentence, Occurrence[] occ, int cuePos, List<Occurrence> compared)
    {
        // The names before the cue that are not compared: an introduced one, else a model between it and the cue, else the last.
        Occurrence? introduced = null, last = null;
        foreach (var o in occ)
        {
            if (o.End > cuePos || compared.Contains(o)) continue;
            last = o;
            if (o.Entity.Introduced) introduced = o;
        }
        // "prompting PaLM 540B with chain-of-thought exemplars …, surpassing GPT-3": a model between the paper's method and the cue is the one compared.
        if (introduced is { Entity.Type: EntityType.Method } method)
            for (var i = occ.Length - 1; i >= 0; i--)
            {
                var o = occ[i];
                if (o.End > cuePos || compared.Contains(o)) continue;
                if (o.Start <= method.End) break;
                if (o.Entity.Type == EntityType.Model && !c.HasClauseBreak(o.End, cuePos)) return o.Entity;
            }
        if (introduced is { } own) return own.Entity;
        if (last is { } nearest) return nearest.Entity;
        EntityDraft? after = null;
        foreach (var o in occ)
            if (o.Start > cuePos && !compared.Contains(o) && o.Entity.Introduced)
            {
                after = o.Entity;
                break;
            }
        if (after is not null && compared.Count > 0) return after;
        return c.SpeaksOfItself(sentence, cuePos) ? c.Main : null;
    }

    private static void Add(List<ExtractedRelation> found, EntityDraft subject, List<EntityDraft> targets, string evidence)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            var t = targets[i];
            if (targets.IndexOf(t) < i || t == subject || !t.IsModelOrMethod || !subject.IsModelOrMethod || t.Introduced && !subject.Introduced) continue;
            found.Add(RelationContext.Relation(RelationType.Outperforms, subject, t, evidence));
        }
    }

    private static bool IsRightAfter(string text, int from, int to)
    {
        if (to < from || to - from > 12) return false;
        var gap = text.AsSpan(from, to - from);
        foreach (var ch in gap)
            if (CharClass.IsClauseBreak(ch)) return false;
        return gap.Trim().Length <= 8;
    }

    /// <summary>"优于使用 SD2 和 SDXL 的原始 3DIS 方法": a name after 使用/基于 describes the compared system, it is not compared.</summary>
    private static bool IsModifier(RelationContext c, Occurrence o)
    {
        var p = o.Start;
        while (p > 0 && c.Text[p - 1] == ' ') p--;
        if (c.Cues.ModifierBefore.MatchEndingAt(c.Text, p) is not null) return true;
        var q = o.End;
        while (q < c.Text.Length && c.Text[q] == ' ') q++;
        return q < c.Text.Length && c.Text[q] == '的' && !c.HasClauseBreak(o.End, Math.Min(c.Text.Length, q + 1));
    }

    /// <summary>"A 和 B": the name at <paramref name="to"/> follows the compared names only through a list word.</summary>
    private static bool IsListed(string text, int to, List<Occurrence> compared, Occurrence[] occ)
    {
        var last = -1;
        foreach (var k in compared)
            if (k.End <= to) last = Math.Max(last, k.End);
        if (last < 0) return false;
        foreach (var o in occ)
            if (o.Start >= last && o.End <= to && !compared.Contains(o)) return false;
        var gap = text.AsSpan(last, to - last).Trim();
        return gap is "和" or "与" or "、" or "及" or "以及" or "," or "，" or "and" or ", and" or "or";
    }

    /// <summary>Targets run to the end of a Chinese clause; an English comma often only separates listed comparisons.</summary>
    private static int ClauseEnd(string text, int from, int limit)
    {
        var i = from;
        while (i < limit && text[i] is not ('，' or '。' or '；' or ';' or '：' or '\n')) i++;
        return i;
    }
}
