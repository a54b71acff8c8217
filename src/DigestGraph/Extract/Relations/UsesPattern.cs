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
            var evidence = c.Evidence(s);
            foreach (var (pos, cue) in c.Cues["uses"].FindAll(c.Text, s.Start, s.End))
            {
                var subject = occ.LastOrDefault(o => o.End <= pos && o.Entity.Introduced && o.Entity.IsModelOrMethod).Entity
                    ?? (c.SpeaksOfItself(s, pos) ? c.Main : null);
                if (subject is null) continue;
                var clauseEnd = ClauseEnd(c, pos + cue.Length, s.End);
                foreach (var t in occ.Where(o => o.Start >= pos + cue.Length && o.Start < clauseEnd && o.Entity.Type == EntityType.Method))
                    if (t.Entity != subject && !t.Entity.Introduced)
                        found.Add(RelationContext.Relation(RelationType.USES, subject, t.Entity, evidence));
            }
        }
        if (c.Main is { } main)
        {
            foreach (var own in c.Entities.Where(e => e.Introduced && e != main && e.Type == EntityType.Method && !e.Name.Contains(main.Name)))
            {
                var s = c.Sentences.FirstOrDefault(x => x.Contains(own.FirstPosition));
                found.Add(RelationContext.Relation(RelationType.USES, main, own, s.Length > 0 ? c.Evidence(s) : c.Title));
            }
        }
        return found;
    }

    /// <summary>A use lists its methods up to the end of the sentence, or up to 。/； at most.</summary>
    private static int ClauseEnd(RelationContext c, int from, int limit)
    {
        var i = from;
        while (i < limit && c.Text[i] is not ('。' or '；' or ';')) i++;
        return i;
    }
}
