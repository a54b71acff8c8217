using DigestGraph.Extract.Lexicon;
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
        var uses = c.Cues.Uses;
        var negation = c.Cues.Negation;
        var comparisonClause = c.Cues.ComparisonClause;
        for (var k = 0; k < c.Sentences.Count; k++)
        {
            var occ = c.In(k);
            // A use needs a method the paper does not introduce as object and a subject of the paper's own: without them, no cue needs finding.
            if (!HasUsedMethod(occ) || c.Main is null && FirstOwnStartingAfter(occ, -1) is null) continue;
            var cues = c.CuesIn(uses, k);
            var s = c.Sentences[k];
            foreach (var (pos, cue) in cues)
            {
                if (IsNegated(c, negation, pos) || InComparison(c, comparisonClause, k, pos)) continue;
                var subject = LastOwnEndingBy(occ, pos)
                    ?? (c.SpeaksOfItself(k, pos) ? c.Main : null)
                    ?? FirstOwnStartingAfter(occ, pos);
                if (subject is null) continue;
                // "将 SDF 监督与表面渲染技术相结合": the methods of the cue's clause, and those listed after the cue.
                var from = c.ClauseAround(pos, s).Start;
                var to = ClauseEnd(c, pos + cue.Length, s.End);
                foreach (var t in occ)
                    if (t.Start >= from && t.Start < to && t.Entity.Type == EntityType.Method && t.Entity != subject && !t.Entity.Introduced)
                        found.Add(RelationContext.Relation(RelationType.Uses, subject, t.Entity, c.Evidence(k)));
            }
        }
        if (c.Main is { } main)
        {
            // Components the paper names descriptively (a long form, a Chinese term) are parts of its system; a second
            // product-like name (LightningDiT beside VA-VAE) is a system of its own.
            foreach (var own in c.Entities)
                if (own.Introduced && own != main && own.Type == EntityType.Method && !own.Name.Contains(main.Name) && IsDescriptive(own))
                    found.Add(RelationContext.Relation(RelationType.Uses, main, own, c.EvidenceAt(own.FirstPosition)));
        }
        return found;
    }

    private static bool IsDescriptive(EntityDraft e)
    {
        foreach (var surface in e.Surfaces)
            if (surface.Contains(' ') || Text.CharClass.HasCjk(surface)) return true;
        return false;
    }

    private static bool HasUsedMethod(ArraySegment<Occurrence> occ)
    {
        foreach (var o in occ)
            if (o.Entity.Type == EntityType.Method && !o.Entity.Introduced) return true;
        return false;
    }

    /// <summary>The paper's own model or method written last before the cue.</summary>
    private static EntityDraft? LastOwnEndingBy(ArraySegment<Occurrence> occ, int cue)
    {
        for (var i = occ.Count - 1; i >= 0; i--)
            if (occ[i].End <= cue && occ[i].Entity.Introduced && occ[i].Entity.IsModelOrMethod) return occ[i].Entity;
        return null;
    }

    private static EntityDraft? FirstOwnStartingAfter(ArraySegment<Occurrence> occ, int cue)
    {
        foreach (var o in occ)
            if (o.Start > cue && o.Entity.Introduced && o.Entity.IsModelOrMethod) return o.Entity;
        return null;
    }

    /// <summary>"不使用注意力甚至 MLP 模块": what a system does without is not what it uses.</summary>
    private static bool IsNegated(RelationContext c, CueList negation, int cue)
    {
        var p = cue;
        while (p > 0 && c.Text[p - 1] == ' ') p--;
        return negation.MatchEndingAt(c.Text, p) is not null;
    }

    /// <summary>"与使用 Adam 微调的 GPT-3 相比": a use inside a comparison belongs to the compared system.</summary>
    private static bool InComparison(RelationContext c, CueList comparisonClause, int sentence, int cue)
    {
        var s = c.Sentences[sentence];
        var from = Text.CharClass.ClauseStart(c.Text, cue, s.Start);
        var clauseEnd = Text.CharClass.ClauseEnd(c.Text, cue, s.End);
        return c.HasCue(comparisonClause, sentence, from, clauseEnd);
    }

    /// <summary>A use lists its methods up to the end of the sentence, or up to 。/； at most.</summary>
    private static int ClauseEnd(RelationContext c, int from, int limit)
    {
        var i = from;
        while (i < limit && c.Text[i] is not ('。' or '；' or ';')) i++;
        return i;
    }
}
