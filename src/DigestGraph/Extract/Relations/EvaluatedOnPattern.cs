using DigestGraph.Extract.Text;
using System.Globalization;
using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// EVALUATED_ON: a model or method with a result on a benchmark in one sentence (<c>X 在 MathVista 上达到了 67.0 的准确率</c>,
/// <c>在 OpenCompass 基准测试中，X 以 66.1 的平均分数</c>). The value is the first result number after the benchmark
/// (before the next one), the metric the metric entity beside it. "A 和 B 分别获得了 1578 和 1261 的 Elo 评分" with no
/// benchmark named is read against the paper's own benchmark.
/// </summary>
public sealed class EvaluatedOnPattern : IRelationPattern
{
    private const int MetricReach = 14;

    public IEnumerable<ExtractedRelation> Find(RelationContext c)
    {
        var found = new List<ExtractedRelation>();
        var ownBenchmarks = c.Entities.Where(e => e.Introduced && e.Type == EntityType.Benchmark).ToArray();
        foreach (var s in c.Sentences)
        {
            var occ = c.In(s);
            // "在 VITON-HD 和 Dress Code 数据集上的实验结果表明": a dataset experiments are run on serves as a benchmark.
            var evaluates = HasType(occ, EntityType.Dataset)
                && c.Cues["evaluation_result"].AnyIn(c.Text, s.Start, s.End) && !c.Cues["trained_on"].AnyIn(c.Text, s.Start, s.End);
            var benchmarks = HasType(occ, EntityType.Benchmark) || evaluates
                ? occ.Where(o => o.Entity.Type == EntityType.Benchmark || evaluates && o.Entity.Type == EntityType.Dataset).ToArray()
                : [];
            if (benchmarks.Length == 0)
            {
                if (ownBenchmarks.Length == 1) found.AddRange(Respectively(c, s, occ, ownBenchmarks[0], c.Evidence(s)));
                continue;
            }
            for (var i = 0; i < benchmarks.Length; i++)
            {
                var b = benchmarks[i];
                var subject = Subject(c, s, occ, b);
                if (subject is null || subject == b.Entity) continue;
                var until = i + 1 < benchmarks.Length ? benchmarks[i + 1].Start : s.End;
                var value = ScoreValueFinder.Find(c.Text, b.End, until).FirstOrDefault(v => !InsideName(occ, v));
                var relation = RelationContext.Relation(RelationType.EVALUATED_ON, subject, b.Entity, c.Evidence(s));
                if (value.Text is not null)
                    relation = relation with { Value = value.Value.ToString(CultureInfo.InvariantCulture), Metric = MetricNear(c, occ, value)?.Name };
                found.Add(relation);
            }
        }
        return found;
    }

    private static EntityDraft? Subject(RelationContext c, Sentence s, IReadOnlyList<Occurrence> occ, Occurrence benchmark)
    {
        var outperformAt = int.MaxValue;
        foreach (var (position, _) in c.Cues["outperform"].FindAll(c.Text, s.Start, s.End)) outperformAt = Math.Min(outperformAt, position);
        var candidates = new List<Occurrence>();
        foreach (var o in occ)
            if (o.Entity.IsModelOrMethod && !IsComparedAgainst(c, o) && o.Start < outperformAt && !RelationContext.IsGenericTechnique(o.Entity))
                candidates.Add(o);
        var clause = Clause(c.Text, benchmark.Start, s);
        // A model is evaluated before a method is: an introduced model, a model in the benchmark's clause, an introduced
        // method, any; in the first of these pools that has one, the nearest to the benchmark (the first of equals).
        for (var pool = 0; pool < 4; pool++)
        {
            Occurrence? nearest = null;
            var nearestDistance = int.MaxValue;
            foreach (var o in candidates)
            {
                if (!InPool(o, pool, clause)) continue;
                var distance = o.End <= benchmark.Start ? benchmark.Start - o.End : 1000 + o.Start - benchmark.End;
                if (distance >= nearestDistance) continue;
                nearest = o;
                nearestDistance = distance;
            }
            if (nearest is { } found) return found.Entity;
        }
        return c.SpeaksOfItself(s, benchmark.Start) || ScoreValueFinder.Find(c.Text, benchmark.End, s.End).Any() ? c.Main : null;
    }

    private static bool InPool(Occurrence o, int pool, (int Start, int End) clause) => pool switch
    {
        0 => o.Entity.Introduced && o.Entity.Type == EntityType.Model,
        1 => o.Entity.Type == EntityType.Model && o.Start >= clause.Start && o.Start < clause.End,
        2 => o.Entity.Introduced,
        _ => true,
    };

    private static bool HasType(IReadOnlyList<Occurrence> occ, EntityType type)
    {
        for (var k = 0; k < occ.Count; k++)
            if (occ[k].Entity.Type == type) return true;
        return false;
    }

    private static (int Start, int End) Clause(string text, int position, Sentence s)
    {
        var start = position;
        while (start > s.Start && !Text.CharClass.IsClauseBreak(text[start - 1])) start--;
        var end = position;
        while (end < s.End && !Text.CharClass.IsClauseBreak(text[end])) end++;
        return (start, end);
    }

    private static bool IsComparedAgainst(RelationContext c, Occurrence o)
    {
        var p = o.Start;
        while (p > 0 && c.Text[p - 1] == ' ') p--;
        return c.Cues["comparison_marker"].MatchEndingAt(c.Text, p) is not null;
    }

    /// <summary>"A 和 B 分别获得了 1578 和 1261 的 Elo 评分": models and values paired in order, against the paper's benchmark.</summary>
    private static IEnumerable<ExtractedRelation> Respectively(RelationContext c, Sentence s, IReadOnlyList<Occurrence> occ, EntityDraft benchmark, string evidence)
    {
        if (!c.Cues["respectively"].AnyIn(c.Text, s.Start, s.End)) yield break;
        var models = occ.Where(o => o.Entity.Type == EntityType.Model).Select(o => o.Entity).Distinct().ToArray();
        var values = ScoreValueFinder.Find(c.Text, s.Start, s.End).Where(v => !InsideName(occ, v)).ToArray();
        if (models.Length < 2 || values.Length < models.Length) yield break;
        var metric = occ.FirstOrDefault(o => o.Entity.Type == EntityType.Metric).Entity;
        for (var i = 0; i < models.Length; i++)
            yield return RelationContext.Relation(RelationType.EVALUATED_ON, models[i], benchmark, evidence) with
            {
                Value = values[i].Value.ToString(CultureInfo.InvariantCulture), Metric = metric?.Name,
            };
    }

    private static bool InsideName(IReadOnlyList<Occurrence> occ, ScoreValue v) => occ.Any(o => v.Start >= o.Start && v.Start < o.End);

    private static EntityDraft? MetricNear(RelationContext c, IReadOnlyList<Occurrence> occ, ScoreValue value)
    {
        var metrics = occ.Where(o => o.Entity.Type == EntityType.Metric).ToArray();
        var after = metrics.FirstOrDefault(o => o.Start >= value.End && o.Start - value.End <= MetricReach && !c.HasClauseBreak(value.End, o.Start));
        if (after.Entity is not null) return after.Entity;
        var before = metrics.LastOrDefault(o => o.End <= value.Start && value.Start - o.End <= MetricReach && !c.HasClauseBreak(o.End, value.Start));
        return before.Entity;
    }
}
