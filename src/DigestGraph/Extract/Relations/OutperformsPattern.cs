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
        foreach (var s in c.Sentences)
        {
            var occ = c.ModelsAndMethodsIn(s);
            if (occ.Length == 0) continue;
            var outperforms = c.Cues["outperform"].FindAll(c.Text, s.Start, s.End);
            var reversed = c.Cues["outperform_reversed"].FindAll(c.Text, s.Start, s.End);
            var markers = c.Cues["comparison_marker"].FindAll(c.Text, s.Start, s.End);
            // Without a cue or a marker, and without 相比 / 相较 (AgainstWith), nothing in the sentence is compared.
            if (outperforms.Count == 0 && reversed.Count == 0 && markers.Count == 0 && !c.Text.AsSpan(s.Start, s.Length).Contains('相')) continue;
            var evidence = c.Evidence(s);
            var compared = occ.Where(o => markers.Any(m => IsRightAfter(c.Text, m.Position + m.Cue.Length, o.Start)
                || IsExampleAfter(c.Text, m.Position + m.Cue.Length, o.Start))).ToList();
            compared.AddRange(AgainstWith(c, s, occ));
            // "比 FlashAttention2 和 xformers 高出": names listed after a compared one are compared too.
            foreach (var o in occ)
                if (!compared.Contains(o) && compared.Any(k => k.End <= o.Start && IsListed(c.Text, k.End, o.Start, compared, occ)))
                    compared.Add(o);
            compared.Sort((a, b) => a.Start.CompareTo(b.Start));

            foreach (var (pos, _) in outperforms)
            {
                var subject = Subject(c, s, occ, pos, compared);
                if (subject is null) continue;
                var clauseEnd = ClauseEnd(c.Text, pos, s.End);
                var targets = occ.Where(o => o.Start > pos && o.Start < clauseEnd && !IsModifier(c, o))
                    .Concat(compared.Where(o => o.Start < pos)).Select(o => o.Entity);
                Add(found, subject, targets, evidence);
            }
            foreach (var (pos, cue) in reversed)
            {
                var weaker = occ.LastOrDefault(o => o.End <= pos).Entity;
                var stronger = occ.Where(o => o.Start > pos + cue.Length).Select(o => o.Entity).FirstOrDefault();
                if (weaker is not null && stronger is not null) Add(found, stronger, [weaker], evidence);
            }
            // "比 Y 快 2 倍", "相较于 Y 提升了 4.6%": a marker, the compared name, then a gain word in the same clause.
            if (compared.Count > 0 && c.Cues["comparison_gain"].AnyIn(c.Text, compared[0].End, s.End))
            {
                var firstMarker = compared.Min(o => o.Start);
                var subject = Subject(c, s, occ, firstMarker, compared);
                if (subject is not null) Add(found, subject, compared.Select(o => o.Entity), evidence);
            }
        }
        return found;
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
    private static IEnumerable<Occurrence> AgainstWith(RelationContext c, Sentence s, Occurrence[] occ)
    {
        foreach (var o in occ)
        {
            // A name may run past the sentence end; then nothing of the sentence follows it.
            var after = c.Text.AsSpan(o.End, Math.Clamp(s.End - o.End, 0, 4)).Trim();
            if (!after.StartsWith("相比") && !after.StartsWith("相较")) continue;
            var before = o.Start - 1;
            while (before > s.Start && c.Text[before] == ' ') before--;
            var window = c.Text.AsSpan(Math.Max(s.Start, before - 8), before - Math.Max(s.Start, before - 8) + 1);
            if (window.Contains('与') || window.Contains('和')) yield return o;
        }
    }

    private static EntityDraft? Subject(RelationContext c, Sentence s, Occurrence[] occ, int cuePos, List<Occurrence> compared)
    {
        var before = occ.Where(o => o.End <= cuePos && !compared.Contains(o)).ToArray();
        var introduced = before.LastOrDefault(o => o.Entity.Introduced);
        // "prompting PaLM 540B with chain-of-thought exemplars …, surpassing GPT-3": a model between the paper's method and the cue is the one compared.
        var nearestModel = before.LastOrDefault(o => o.Entity.Type == EntityType.Model && !c.HasClauseBreak(o.End, cuePos) && o.Start > introduced.End);
        if (introduced.Entity is { Type: EntityType.Method } && nearestModel.Entity is not null) return nearestModel.Entity;
        if (introduced.Entity is not null) return introduced.Entity;
        if (before.Length > 0) return before[^1].Entity;
        var after = occ.Where(o => o.Start > cuePos && !compared.Contains(o)).FirstOrDefault(o => o.Entity.Introduced);
        if (after.Entity is not null && compared.Count > 0) return after.Entity;
        return c.SpeaksOfItself(s, cuePos) ? c.Main : null;
    }

    private static void Add(List<ExtractedRelation> found, EntityDraft subject, IEnumerable<EntityDraft> targets, string evidence)
    {
        foreach (var t in targets.Distinct())
        {
            if (t == subject || !t.IsModelOrMethod || !subject.IsModelOrMethod || t.Introduced && !subject.Introduced) continue;
            found.Add(RelationContext.Relation(RelationType.OUTPERFORMS, subject, t, evidence));
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
        if (c.Cues["modifier_before"].MatchEndingAt(c.Text, p) is not null) return true;
        var q = o.End;
        while (q < c.Text.Length && c.Text[q] == ' ') q++;
        return q < c.Text.Length && c.Text[q] == '的' && !c.HasClauseBreak(o.End, Math.Min(c.Text.Length, q + 1));
    }

    private static bool IsListed(string text, int from, int to, List<Occurrence> compared, Occurrence[] occ)
    {
        var last = compared.Where(k => k.End <= to).Max(k => k.End);
        if (occ.Any(o => o.Start >= last && o.End <= to && !compared.Contains(o))) return false;
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
