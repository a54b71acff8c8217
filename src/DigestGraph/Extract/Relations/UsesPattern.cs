using DigestGraph.Extract.Text;
using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// USES: the paper's own model or method combines or employs a named method (<c>Marco-o1 结合了 CoT 微调、MCTS</c>,
/// <c>we use LoRA</c>), and the paper's own system uses the other methods the paper introduces for it.
/// </summary>
public sealed class UsesPattern : IRelationPattern
{
    public IEnumerable<ExtractedRelation> Find(RelationContext c)
    {
        var found = new List<ExtractedRelation>();
        foreach (var s in c.Sentences)
        {
            var occ = c.In(s);
            foreach (var (pos, cue) in c.Cues["uses"].FindAll(c.Text, s.Start, s.End))
            {
                if (IsNegated(c, pos) || InComparison(c, pos, s)) continue;
                var subject = occ.LastOrDefault(o => o.End <= pos && o.Entity.Introduced && o.Entity.IsModelOrMethod).Entity
                    ?? (c.SpeaksOfItself(s, pos) ? c.Main : null)
                    ?? occ.FirstOrDefault(o => o.Start > pos && o.Entity.Introduced && o.Entity.IsModelOrMethod).Entity;
                if (subject is null) continue;
                // "将 SDF 监督与表面渲染技术相结合": the methods of the cue's clause, and those listed after the cue.
                var from = c.ClauseAround(pos, s).Start;
                var to = ClauseEnd(c, pos + cue.Length, s.End);
                foreach (var t in occ.Where(o => o.Start >= from && o.Start < to && o.Entity.Type == EntityType.Method))
                    if (t.Entity != subject && !t.Entity.Introduced)
                        found.Add(RelationContext.Relation(RelationType.USES, subject, t.Entity, c.Evidence(s)));
            }
        }
        if (c.Main is { } main)
        {
            // Components the paper names descriptively (a long form, a Chinese term) are parts of its system; a second
            // product-like name (LightningDiT beside VA-VAE) is a system of its own.
            foreach (var own in c.Entities.Where(e => e.Introduced && e != main && e.Type == EntityType.Method && !e.Name.Contains(main.Name)
                         && e.Surfaces.Any(s => s.Contains(' ') || s.Any(Text.CharClass.IsCjk))))
            {
                found.Add(RelationContext.Relation(RelationType.USES, main, own, c.EvidenceAt(own.FirstPosition)));
            }
        }
        return found;
    }

    /// <summary>"不使用注意力甚至 MLP 模块": what a system does without is not what it uses.</summary>
    private static bool IsNegated(RelationContext c, int cue)
    {
        var p = cue;
        while (p > 0 && c.Text[p - 1] == ' ') p--;
        return c.Cues["negation"].MatchEndingAt(c.Text, p) is not null;
    }

    /// <summary>"与使用 Adam 微调的 GPT-3 相比": a use inside a comparison belongs to the compared system.</summary>
    private static bool InComparison(RelationContext c, int cue, Sentence s)
    {
        var from = ClauseStart(c, cue, s.Start);
        var to = ClauseEnd(c, cue, s.End);
        var clauseEnd = cue;
        while (clauseEnd < to && !Text.CharClass.IsClauseBreak(c.Text[clauseEnd])) clauseEnd++;
        return c.Cues["comparison_clause"].AnyIn(c.Text, from, clauseEnd);
    }

    private static int ClauseStart(RelationContext c, int from, int limit)
    {
        var i = from;
        while (i > limit && !Text.CharClass.IsClauseBreak(c.Text[i - 1])) i--;
        return i;
    }

    /// <summary>A use lists its methods up to the end of the sentence, or up to 。/； at most.</summary>
    private static int ClauseEnd(RelationContext c, int from, int limit)
    {
        var i = from;
        while (i < limit && c.Text[i] is not ('。' or '；' or ';')) i++;
        return i;
    }
}
