using DigestGraph.Extract.Text;
using System.Globalization;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Resolution;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// EVALUATED_ON: a model or method with a result on a benchmark in one sentence (<c>X 在 MathVista 上达到了 67.0 的准确率</c>,
/// <c>在 OpenCompass 基准测试中，X 以 66.1 的平均分数</c>), with the value and metric <see cref="BenchmarkResults"/> reads. "A 和 B 分别获得了
/// 1578 和 1261 的 Elo 评分" with no benchmark named is read against the paper's own benchmark.
/// </summary>
public sealed class EvaluatedOnPattern : IRelationPattern
{
    public IEnumerable<ExtractedRelation> Find(RelationContext c)
    {
        var found = new List<ExtractedRelation>();
        var cues = new Cues(c);
        EntityDraft? ownBenchmark = null;
        var ownBenchmarks = 0;
        foreach (var e in c.Entities)
            if (e.Introduced && e.Type == EntityType.Benchmark && ownBenchmarks++ == 0) ownBenchmark = e;
        // Read only for a paper that has a result to read: most sentences name no benchmark.
        BenchmarkResults? results = null;
        BenchmarkResults Results() => results ??= new BenchmarkResults(c.Text, c.Sentences, k => Names(c, c.In(k)), c.Cues);
        for (var k = 0; k < c.Sentences.Count; k++)
        {
            var s = c.Sentences[k];
            var occ = c.In(k);
            // "在 VITON-HD 和 Dress Code 数据集上的实验结果表明": a dataset experiments are run on serves as a benchmark.
            var evaluates = c.HasTypeIn(k, EntityType.Dataset) && c.HasCue(cues.EvaluationResult, k) && !c.HasCue(cues.TrainedOn, k);
            var benchmarks = c.HasTypeIn(k, EntityType.Benchmark) || evaluates ? Benchmarks(occ, evaluates) : [];
            if (benchmarks.Count == 0)
            {
                if (ownBenchmarks == 1 && c.HasCue(cues.Respectively, k)) AddRespectively(c, k, occ, ownBenchmark!, Results(), found);
                continue;
            }
            List<Occurrence>? candidates = null;
            for (var i = 0; i < benchmarks.Count; i++)
            {
                var b = benchmarks[i];
                var subject = Subject(c, k, b, candidates ??= Candidates(c, k, occ, cues));
                if (subject is null || subject == b.Entity) continue;
                var relation = RelationContext.Relation(RelationType.EvaluatedOn, subject, b.Entity, c.Evidence(k));
                found.Add(WithResult(c, relation, Results().Of(IndexOf(c, subject), IndexOf(c, b.Entity), k, subject == c.Main)));
                // "A 和 B 在 X 上分别获得 …": every model the sentence gives a value of its own is evaluated on it.
                foreach (var o in candidates)
                    if (o.Entity != subject && Results().PairedIn(k, IndexOf(c, o.Entity), IndexOf(c, b.Entity)) is { } paired)
                        found.Add(WithResult(c, RelationContext.Relation(RelationType.EvaluatedOn, o.Entity, b.Entity, c.Evidence(k)), paired));
            }
        }
        return found;
    }

    /// <summary>The cue lists the pattern reads, looked up once per paper.</summary>
    private readonly struct Cues(RelationContext c)
    {
        public CueList EvaluationResult { get; } = c.Cues.EvaluationResult;
        public CueList TrainedOn { get; } = c.Cues.TrainedOn;
        public CueList Outperform { get; } = c.Cues.Outperform;
        public CueList ComparisonMarker { get; } = c.Cues.ComparisonMarker;
        public CueList Respectively { get; } = c.Cues.Respectively;
    }

    private static List<Occurrence> Benchmarks(ArraySegment<Occurrence> occ, bool evaluates)
    {
        var benchmarks = new List<Occurrence>();
        foreach (var o in occ)
            if (o.Entity.Type == EntityType.Benchmark || evaluates && o.Entity.Type == EntityType.Dataset) benchmarks.Add(o);
        return benchmarks;
    }

    /// <summary>The models and methods of the sentence that can be evaluated: not compared against, not after an outperform cue, not generic.</summary>
    private static List<Occurrence> Candidates(RelationContext c, int sentence, ArraySegment<Occurrence> occ, Cues cues)
    {
        var outperforms = c.CuesIn(cues.Outperform, sentence);
        var outperformAt = outperforms.Count > 0 ? outperforms[0].Position : int.MaxValue;
        var candidates = new List<Occurrence>();
        foreach (var o in occ)
            if (o.Entity.IsModelOrMethod && !IsComparedAgainst(c, cues.ComparisonMarker, o) && o.Start < outperformAt && !RelationContext.IsGenericTechnique(o.Entity))
                candidates.Add(o);
        return candidates;
    }

    private static EntityDraft? Subject(RelationContext c, int sentence, Occurrence benchmark, List<Occurrence> candidates)
    {
        var s = c.Sentences[sentence];
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
        if (c.Main is null) return null;
        return c.SpeaksOfItself(sentence, benchmark.Start) || ScoreValueFinder.Find(c.Text, benchmark.End, s.End).Count > 0 ? c.Main : null;
    }

    private static bool InPool(Occurrence o, int pool, (int Start, int End) clause) => pool switch
    {
        0 => o.Entity.Introduced && o.Entity.Type == EntityType.Model,
        1 => o.Entity.Type == EntityType.Model && o.Start >= clause.Start && o.Start < clause.End,
        2 => o.Entity.Introduced,
        _ => true,
    };

    private static (int Start, int End) Clause(string text, int position, Sentence s)
    {
        var start = position;
        while (start > s.Start && !Text.CharClass.IsClauseBreak(text[start - 1])) start--;
        var end = position;
        while (end < s.End && !Text.CharClass.IsClauseBreak(text[end])) end++;
        return (start, end);
    }

    private static bool IsComparedAgainst(RelationContext c, CueList comparisonMarker, Occurrence o)
    {
        var p = o.Start;
        while (p > 0 && c.Text[p - 1] == ' ') p--;
        return comparisonMarker.MatchEndingAt(c.Text, p) is not null;
    }

    /// <summary>"A 和 B 分别获得了 1578 和 1261 的 Elo 评分" (a sentence with a "respectively" cue): models and values paired in order, against the paper's benchmark.</summary>
    private static void AddRespectively(RelationContext c, int sentence, ArraySegment<Occurrence> occ, EntityDraft benchmark,
        BenchmarkResults results, List<ExtractedRelation> found)
    {
        var models = new List<EntityDraft>();
        foreach (var o in occ)
            if (o.Entity.Type == EntityType.Model && !models.Contains(o.Entity)) models.Add(o.Entity);
        foreach (var model in models)
            if (results.PairedIn(sentence, IndexOf(c, model), BenchmarkResults.NoBenchmark) is { } result)
                found.Add(WithResult(c, RelationContext.Relation(RelationType.EvaluatedOn, model, benchmark, c.Evidence(sentence)), result));
    }

    private static ExtractedRelation WithResult(RelationContext c, ExtractedRelation relation, BenchmarkResult? result) =>
        result is { } r ? relation with { Value = r.Value.ToString(CultureInfo.InvariantCulture), Metric = r.Metric >= 0 ? c.Entities[r.Metric].Name : null } : relation;

    private static ResultName[] Names(RelationContext c, ArraySegment<Occurrence> occ)
    {
        var names = new ResultName[occ.Count];
        for (var i = 0; i < names.Length; i++) names[i] = new ResultName(IndexOf(c, occ[i].Entity), occ[i].Entity.Type, occ[i].Start, occ[i].End);
        return names;
    }

    /// <summary>
    /// The entity's index in the paper: a paper has a few entities, and a look-up by reference first had to give each
    /// fresh draft an identity hash code, which cost more than this scan.
    /// </summary>
    private static int IndexOf(RelationContext c, EntityDraft entity)
    {
        for (var i = c.Entities.Count - 1; i >= 0; i--)
            if (ReferenceEquals(c.Entities[i], entity)) return i;
        throw new KeyNotFoundException($"{entity.Name} is not an entity of the paper");
    }
}
