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
        var basedOn = c.Cues.BasedOn;
        var architectureSuffix = c.Cues.ArchitectureSuffix;
        for (var k = 0; k < c.Sentences.Count; k++)
        {
            var occ = c.ModelsAndMethodsIn(k);
            if (occ.Length == 0) continue;
            var s = c.Sentences[k];
            HashSet<EntityDraft>? listed = null;

            foreach (var (pos, cue) in c.CuesIn(basedOn, k))
            {
                // "Y 的扩展" / "Y 的基础": the base is written before the cue.
                if (cue.StartsWith('的'))
                {
                    // "3DIS 框架的扩展": a type noun may stand between the base and the cue.
                    var baseBefore = BaseBefore(c, occ, pos);
                    var subject = SubjectOf(c, k, occ, baseBefore, pos);
                    if (baseBefore is not null && subject is not null) Add(found, subject, baseBefore, c.Evidence(k));
                    continue;
                }
                var target = TargetAfter(c, occ, pos, cue.Length, TargetReach, sameClause: true);
                if (target.Entity is null) continue;
                var examples = Examples(c, occ, target);
                if (examples.Count > 0)
                {
                    foreach (var e in examples) Add(found, e, target.Entity, c.Evidence(k));
                    (listed ??= []).UnionWith(examples);
                    continue;
                }
                var subj = SubjectOf(c, k, occ, target.Entity, pos);
                if (subj is not null) Add(found, subj, target.Entity, c.Evidence(k));
            }

            foreach (var o in occ)
            {
                var after = Skip(c.Text, o.End);
                var suffix = architectureSuffix.MatchAt(c.Text, after);
                if (suffix is null) continue;
                var examples = Examples(c, occ, o, after + suffix.Length);
                if (examples.Count > 0)
                {
                    foreach (var e in examples)
                        if (listed?.Contains(e) != true) Add(found, e, o.Entity, c.Evidence(k));
                    continue;
                }
                if (o.Entity.Introduced) continue;
                var builders = new List<EntityDraft>();
                foreach (var x in occ)
                    if (x.Entity.Introduced && x.Entity != o.Entity && !builders.Contains(x.Entity)) builders.Add(x.Entity);
                if (builders.Count == 0 && c.Main is not null && c.SpeaksOfItself(k, o.Start)) builders.Add(c.Main);
                // A method is not built on an architecture; it is applied to one ("LoRA … 在 Transformer 架构的每一层").
                foreach (var b in builders)
                    if (b.Type == EntityType.Method && !b.Name.Contains(o.Entity.Name, StringComparison.OrdinalIgnoreCase)) found.Add(RelationContext.Relation(RelationType.Uses, b, o.Entity, c.Evidence(k)));
                    else Add(found, b, o.Entity, c.Evidence(k));
            }

            DerivedFrom(c, k, occ, found);
            MadeByProcessing(c, k, occ, found);
            ImplementedWith(c, k, occ, found);
        }
        AddNamedAfter(c, found);
        return found;
    }

    /// <summary>
    /// "LongVILA" and "VILA", "BMCA-CLIP" and "CLIP": an introduced model named as a prefix plus a model the text also
    /// names is built on that model. Names under three letters (o1) are styles more than bases and are left out.
    /// </summary>
    private static void AddNamedAfter(RelationContext c, List<ExtractedRelation> found)
    {
        List<EntityDraft>? bases = null;
        foreach (var b in c.Entities)
            if (b.Type == EntityType.Model && !b.Introduced && b.Name.Length >= 3 && b.Occurrences.Count > 0) (bases ??= []).Add(b);
        if (bases is null) return;
        foreach (var own in c.Entities)
        {
            if (!own.Introduced || !own.IsModelOrMethod) continue;
            foreach (var b in bases)
                if (own.Name.Length > b.Name.Length && own.Name.EndsWith(b.Name, StringComparison.Ordinal))
                    found.Add(RelationContext.Relation(RelationType.BasedOn, own, b, c.Title));
        }
    }

    /// <summary>The last name ending at most 4 characters before the cue at <paramref name="cue"/>, in its clause.</summary>
    private static EntityDraft? BaseBefore(RelationContext c, Occurrence[] occ, int cue)
    {
        for (var i = occ.Length - 1; i >= 0; i--)
        {
            var o = occ[i];
            if (o.End <= cue && cue - o.End <= 4 && !c.HasClauseBreak(o.End, cue)) return o.Entity;
        }
        return null;
    }

    /// <summary>The first name starting at most <paramref name="reach"/> characters after the cue (in the cue's clause when asked).</summary>
    private static Occurrence TargetAfter(RelationContext c, Occurrence[] occ, int cue, int cueLength, int reach, bool sameClause)
    {
        foreach (var o in occ)
            if (o.Start >= cue + cueLength && o.Start - cue - cueLength <= reach && (!sameClause || !c.HasClauseBreak(cue, o.Start))) return o;
        return default;
    }

    /// <summary>"从 Y 中产生了一个 … X": X is derived from Y.</summary>
    private static void DerivedFrom(RelationContext c, int sentence, Occurrence[] occ, List<ExtractedRelation> found)
    {
        var s = c.Sentences[sentence];
        foreach (var (pos, cue) in c.CuesIn(c.Cues.DerivedFromStart, sentence))
        {
            var source = TargetAfter(c, occ, pos, cue.Length, 2, sameClause: false);
            if (source.Entity is null) continue;
            var end = c.Cues.DerivedFromEnd.FindAll(c.Text, source.End, Math.Min(s.End, source.End + 8)).FirstOrDefault();
            if (end.Cue is null) continue;
            EntityDraft? derived = null;
            foreach (var o in occ)
                if (o.Start > end.Position && !c.HasClauseBreak(end.Position, o.Start) && o.Entity != source.Entity)
                {
                    derived = o.Entity;
                    break;
                }
            var subject = derived ?? (c.SpeaksOfItself(sentence, pos) ? c.Main : null);
            if (subject is not null && subject != source.Entity)
                found.Add(RelationContext.Relation(RelationType.BasedOn, subject, source.Entity, c.Evidence(sentence)));
        }
    }

    /// <summary>"量化…模型 FLUX.1-dev 的方法": the paper's system is a quantized, pruned or distilled version of a model.</summary>
    private static void MadeByProcessing(RelationContext c, int sentence, Occurrence[] occ, List<ExtractedRelation> found)
    {
        // Without a known model and an introduced name in the sentence, its cues need no finding.
        if (!HasModel(occ, introduced: false) || FirstIntroduced(occ, 0, null) is null) return;
        foreach (var (pos, cue) in c.CuesIn(c.Cues.DerivedByProcessing, sentence))
        {
            var target = TargetAfter(c, occ, pos, cue.Length, TargetReach, sameClause: true);
            if (target.Entity is not { Type: EntityType.Model } model || model.Introduced) continue;
            var subject = FirstIntroduced(occ, 0, model);
            if (subject is not null) found.Add(RelationContext.Relation(RelationType.BasedOn, subject, model, c.Evidence(sentence)));
        }
    }

    /// <summary>"使用 Y（…）实现，X": X is implemented on top of Y.</summary>
    private static void ImplementedWith(RelationContext c, int sentence, Occurrence[] occ, List<ExtractedRelation> found)
    {
        // Without a model in the sentence, its cues need no finding.
        if (!HasModel(occ, introduced: false) && !HasModel(occ, introduced: true)) return;
        var s = c.Sentences[sentence];
        foreach (var (pos, cue) in c.CuesIn(c.Cues.ImplementedWithStart, sentence))
        {
            var target = TargetAfter(c, occ, pos, cue.Length, 2, sameClause: false);
            if (target.Entity is null || target.Entity.Type != EntityType.Model) continue;
            var end = c.Cues.ImplementedWithEnd.FindAll(c.Text, target.End, Math.Min(s.End, target.End + 30)).FirstOrDefault();
            if (end.Cue is null) continue;
            var subject = FirstIntroduced(occ, end.Position + 1, null) ?? c.Main;
            if (subject is not null && subject != target.Entity)
                found.Add(RelationContext.Relation(RelationType.BasedOn, subject, target.Entity, c.Evidence(sentence)));
        }
    }

    private static bool HasModel(Occurrence[] occ, bool introduced)
    {
        foreach (var o in occ)
            if (o.Entity.Type == EntityType.Model && o.Entity.Introduced == introduced) return true;
        return false;
    }

    /// <summary>The first introduced name starting at or after <paramref name="from"/> that is not <paramref name="other"/>.</summary>
    private static EntityDraft? FirstIntroduced(Occurrence[] occ, int from, EntityDraft? other)
    {
        foreach (var o in occ)
            if (o.Start >= from && o.Entity.Introduced && o.Entity != other) return o.Entity;
        return null;
    }

    /// <summary>Models listed as examples right after a base: "基于 DiT 的模型（如 FLUX）", "U-Net 架构（如 SD1.5、SD2 和 SDXL）".</summary>
    private static List<EntityDraft> Examples(RelationContext c, Occurrence[] occ, Occurrence target, int from = -1)
    {
        var p = from >= 0 ? from : target.End;
        var limit = Math.Min(c.Text.Length, p + 12);
        var open = c.Text.AsSpan(p, limit - p).IndexOfAny('(', '（');
        if (open < 0) return [];
        open += p;
        var inner = c.Text.AsSpan(open + 1, Math.Min(6, c.Text.Length - open - 1));
        if (!(inner.StartsWith("如") || inner.StartsWith("例如") || inner.StartsWith("e.g.") || inner.StartsWith("such as"))) return [];
        var close = c.Text.AsSpan(open).IndexOfAny(')', '）');
        if (close < 0) return [];
        close += open;
        var examples = new List<EntityDraft>();
        foreach (var o in occ)
            if (o.Start > open && o.End <= close && o.Entity.Type == EntityType.Model && !examples.Contains(o.Entity)) examples.Add(o.Entity);
        return examples;
    }

    /// <summary>
    /// What is built: a model or method written before the cue in its clause ("SaulLM-7B 基于 Mistral 7B"); or, when the
    /// cue opens its clause ("基于 TPA，我们引入了 T6"), the introduced name that follows, else the paper's own system.
    /// </summary>
    private static EntityDraft? SubjectOf(RelationContext c, int sentence, Occurrence[] occ, EntityDraft? target, int cue)
    {
        var s = c.Sentences[sentence];
        var clauseStart = cue;
        while (clauseStart > s.Start && !Text.CharClass.IsClauseBreak(c.Text[clauseStart - 1])) clauseStart--;
        // Among the names of the clause before the cue: the last introduced one, else the last model.
        EntityDraft? lastIntroduced = null, lastModel = null;
        foreach (var o in occ)
        {
            if (o.Start < clauseStart || o.End > cue || o.Entity == target) continue;
            if (o.Entity.Introduced) lastIntroduced = o.Entity;
            if (o.Entity.Type == EntityType.Model) lastModel = o.Entity;
        }
        if ((lastIntroduced ?? lastModel) is { } own) return own;
        if (c.Text.AsSpan(clauseStart, cue - clauseStart).Trim().Length > 2) return null;
        var after = FirstIntroduced(occ, cue + 1, target);
        return after ?? (c.SpeaksOfItself(sentence, s.End) ? c.Main : null);
    }

    private static int Skip(string text, int p)
    {
        while (p < text.Length && text[p] == ' ') p++;
        return p;
    }

    private static void Add(List<ExtractedRelation> found, EntityDraft subject, EntityDraft target, string evidence)
    {
        if (subject == target || subject.Type != EntityType.Model && subject.Type != EntityType.Method) return;
        found.Add(RelationContext.Relation(RelationType.BasedOn, subject, target, evidence));
    }
}
