using DigestGraph.Extract.Text;
using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// BASED_ON: <c>X 基于 Y</c> / built on / fine-tuned from; <c>从 Y 中产生 X</c>; <c>使用 Y 实现</c>; <c>Y 的扩展</c>;
/// <c>Y 架构</c> / <c>Y 式</c> in a sentence about the paper's own model; <c>X，一种…的 Y 模型</c>; and
/// <c>基于 Y 的模型（如 A、B）</c> / <c>Y 架构（如 A、B）</c> for the listed models.
/// </summary>
public sealed class BasedOnPattern : IRelationPattern
{
    private const int TargetReach = 16;

    public IEnumerable<ExtractedRelation> Find(RelationContext c)
    {
        var found = new List<ExtractedRelation>();
        foreach (var s in c.Sentences)
        {
            var occ = c.ModelsAndMethodsIn(s);
            if (occ.Length == 0) continue;
            HashSet<EntityDraft>? listed = null;

            foreach (var (pos, cue) in c.Cues["based_on"].FindAll(c.Text, s.Start, s.End))
            {
                // "Y 的扩展" / "Y 的基础": the base is written before the cue.
                if (cue.StartsWith('的'))
                {
                    // "3DIS 框架的扩展": a type noun may stand between the base and the cue.
                    var baseBefore = occ.LastOrDefault(o => o.End <= pos && pos - o.End <= 4 && !c.HasClauseBreak(o.End, pos)).Entity;
                    var subject = SubjectOf(c, s, occ, baseBefore, pos);
                    if (baseBefore is not null && subject is not null) Add(found, subject, baseBefore, c.Evidence(s));
                    continue;
                }
                var target = occ.FirstOrDefault(o => o.Start >= pos + cue.Length && o.Start - pos - cue.Length <= TargetReach && !c.HasClauseBreak(pos, o.Start));
                if (target.Entity is null) continue;
                var examples = Examples(c, occ, target);
                if (examples.Count > 0)
                {
                    foreach (var e in examples) Add(found, e, target.Entity, c.Evidence(s));
                    (listed ??= []).UnionWith(examples);
                    continue;
                }
                var subj = SubjectOf(c, s, occ, target.Entity, pos);
                if (subj is not null) Add(found, subj, target.Entity, c.Evidence(s));
            }

            foreach (var o in occ)
            {
                var after = Skip(c.Text, o.End);
                var suffix = c.Cues["architecture_suffix"].MatchAt(c.Text, after);
                if (suffix is null) continue;
                var examples = Examples(c, occ, o, after + suffix.Length);
                if (examples.Count > 0)
                {
                    foreach (var e in examples.Where(e => listed?.Contains(e) != true)) Add(found, e, o.Entity, c.Evidence(s));
                    continue;
                }
                if (o.Entity.Introduced) continue;
                var builders = occ.Where(x => x.Entity.Introduced && x.Entity != o.Entity).Select(x => x.Entity).Distinct().ToList();
                if (builders.Count == 0 && c.Main is not null && c.SpeaksOfItself(s, o.Start)) builders.Add(c.Main);
                // A method is not built on an architecture; it is applied to one ("LoRA … 在 Transformer 架构的每一层").
                foreach (var b in builders)
                    if (b.Type == EntityType.Method && !b.Name.Contains(o.Entity.Name, StringComparison.OrdinalIgnoreCase)) found.Add(RelationContext.Relation(RelationType.USES, b, o.Entity, c.Evidence(s)));
                    else Add(found, b, o.Entity, c.Evidence(s));
            }

            DerivedFrom(c, s, occ, found);
            MadeByProcessing(c, s, occ, found);
            ImplementedWith(c, s, occ, found);
        }
        found.AddRange(NamedAfter(c));
        return found;
    }

    /// <summary>
    /// "LongVILA" and "VILA", "BMCA-CLIP" and "CLIP": an introduced model named as a prefix plus a model the text also
    /// names is built on that model. Names under three letters (o1) are styles more than bases and are left out.
    /// </summary>
    private static IEnumerable<ExtractedRelation> NamedAfter(RelationContext c)
    {
        foreach (var own in c.Entities.Where(e => e.Introduced && e.IsModelOrMethod))
            foreach (var b in c.Entities.Where(e => e.Type == EntityType.Model && !e.Introduced && e.Name.Length >= 3 && e.Occurrences.Count > 0))
                if (own.Name.Length > b.Name.Length && own.Name.EndsWith(b.Name, StringComparison.Ordinal))
                    yield return RelationContext.Relation(RelationType.BASED_ON, own, b, c.Title);
    }

    /// <summary>"从 Y 中产生了一个 … X": X is derived from Y.</summary>
    private static void DerivedFrom(RelationContext c, Sentence s, Occurrence[] occ, List<ExtractedRelation> found)
    {
        foreach (var (pos, cue) in c.Cues["derived_from_start"].FindAll(c.Text, s.Start, s.End))
        {
            var source = occ.FirstOrDefault(o => o.Start >= pos + cue.Length && o.Start - pos - cue.Length <= 2);
            if (source.Entity is null) continue;
            var end = c.Cues["derived_from_end"].FindAll(c.Text, source.End, Math.Min(s.End, source.End + 8)).FirstOrDefault();
            if (end.Cue is null) continue;
            var derived = occ.FirstOrDefault(o => o.Start > end.Position && !c.HasClauseBreak(end.Position, o.Start) && o.Entity != source.Entity);
            var subject = derived.Entity ?? (c.SpeaksOfItself(s, pos) ? c.Main : null);
            if (subject is not null && subject != source.Entity)
                found.Add(RelationContext.Relation(RelationType.BASED_ON, subject, source.Entity, c.Evidence(s)));
        }
    }

    /// <summary>"量化…模型 FLUX.1-dev 的方法": the paper's system is a quantized, pruned or distilled version of a model.</summary>
    private static void MadeByProcessing(RelationContext c, Sentence s, Occurrence[] occ, List<ExtractedRelation> found)
    {
        foreach (var (pos, cue) in c.Cues["derived_by_processing"].FindAll(c.Text, s.Start, s.End))
        {
            var target = occ.FirstOrDefault(o => o.Start >= pos + cue.Length && o.Start - pos - cue.Length <= TargetReach && !c.HasClauseBreak(pos, o.Start));
            if (target.Entity is not { Type: EntityType.Model } model || model.Introduced) continue;
            var subject = occ.FirstOrDefault(o => o.Entity.Introduced && o.Entity != model).Entity;
            if (subject is not null) found.Add(RelationContext.Relation(RelationType.BASED_ON, subject, model, c.Evidence(s)));
        }
    }

    /// <summary>"使用 Y（…）实现，X": X is implemented on top of Y.</summary>
    private static void ImplementedWith(RelationContext c, Sentence s, Occurrence[] occ, List<ExtractedRelation> found)
    {
        foreach (var (pos, cue) in c.Cues["implemented_with_start"].FindAll(c.Text, s.Start, s.End))
        {
            var target = occ.FirstOrDefault(o => o.Start >= pos + cue.Length && o.Start - pos - cue.Length <= 2);
            if (target.Entity is null || target.Entity.Type != EntityType.Model) continue;
            var end = c.Cues["implemented_with_end"].FindAll(c.Text, target.End, Math.Min(s.End, target.End + 30)).FirstOrDefault();
            if (end.Cue is null) continue;
            var subject = occ.FirstOrDefault(o => o.Start > end.Position && o.Entity.Introduced).Entity ?? c.Main;
            if (subject is not null && subject != target.Entity)
                found.Add(RelationContext.Relation(RelationType.BASED_ON, subject, target.Entity, c.Evidence(s)));
        }
    }

    /// <summary>Models listed as examples right after a base: "基于 DiT 的模型（如 FLUX）", "U-Net 架构（如 SD1.5、SD2 和 SDXL）".</summary>
    private static List<EntityDraft> Examples(RelationContext c, Occurrence[] occ, Occurrence target, int from = -1)
    {
        var p = from >= 0 ? from : target.End;
        var limit = Math.Min(c.Text.Length, p + 12);
        var open = c.Text.IndexOfAny(['(', '（'], p, limit - p);
        if (open < 0) return [];
        var inner = c.Text.AsSpan(open + 1, Math.Min(6, c.Text.Length - open - 1));
        if (!(inner.StartsWith("如") || inner.StartsWith("例如") || inner.StartsWith("e.g.") || inner.StartsWith("such as"))) return [];
        var close = c.Text.IndexOfAny([')', '）'], open);
        if (close < 0) return [];
        return occ.Where(o => o.Start > open && o.End <= close && o.Entity.Type == EntityType.Model).Select(o => o.Entity).Distinct().ToList();
    }

    /// <summary>
    /// What is built: a model or method written before the cue in its clause ("SaulLM-7B 基于 Mistral 7B"); or, when the
    /// cue opens its clause ("基于 TPA，我们引入了 T6"), the introduced name that follows, else the paper's own system.
    /// </summary>
    private static EntityDraft? SubjectOf(RelationContext c, Sentence s, Occurrence[] occ, EntityDraft? target, int cue)
    {
        var clauseStart = cue;
        while (clauseStart > s.Start && !Text.CharClass.IsClauseBreak(c.Text[clauseStart - 1])) clauseStart--;
        var before = occ.Where(o => o.Start >= clauseStart && o.End <= cue && o.Entity != target).ToArray();
        var own = before.LastOrDefault(o => o.Entity.Introduced).Entity ?? before.LastOrDefault(o => o.Entity.Type == EntityType.Model).Entity;
        if (own is not null) return own;
        if (c.Text.AsSpan(clauseStart, cue - clauseStart).Trim().Length > 2) return null;
        var after = occ.FirstOrDefault(o => o.Start > cue && o.Entity.Introduced && o.Entity != target).Entity;
        return after ?? (c.SpeaksOfItself(s, s.End) ? c.Main : null);
    }

    private static int Skip(string text, int p)
    {
        while (p < text.Length && text[p] == ' ') p++;
        return p;
    }

    private static void Add(List<ExtractedRelation> found, EntityDraft subject, EntityDraft target, string evidence)
    {
        if (subject == target || subject.Type != EntityType.Model && subject.Type != EntityType.Method) return;
        found.Add(RelationContext.Relation(RelationType.BASED_ON, subject, target, evidence));
    }
}
