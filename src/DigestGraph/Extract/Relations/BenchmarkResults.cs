using DigestGraph.Extract.Entities;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;

namespace DigestGraph.Extract.Relations;

/// <summary>
/// The results a paper states on its benchmarks (docs/EXTRACTION.md: EVALUATED_ON "with metric and value when a number is
/// given"), read once per sentence and shared by the rule pattern and the learned relations. In a sentence:
/// <list type="bullet">
/// <item>"A 和 B 上分别 … 11.9 和 8.5", "45.1 and 60.2 on A and B, respectively": benchmarks and values pair in order;</item>
/// <item>"X 和 Y 在 B 上分别获得 1402 和 1187", "X and Y score 1402 and 1187 on B, respectively": models and values pair in order;</item>
/// <item>"X 在 B 上取得 52.97%，而 Y 仅为 52.50%": on one benchmark, each model or method followed by its own value takes it;</item>
/// <item>else each benchmark takes the first value of its side: after it ("在 B 上达到 71.3") or before it in its clause
/// ("reaches 34.6 AP on LVIS"), the side that gives more benchmarks a value; on a tie Chinese writes it after, English before.</item>
/// </list>
/// Values are result numbers (<see cref="ScoreValueFinder"/>) outside names; "from 60.1 to 70.2" gives 70.2.
/// The metric is a metric entity written right beside the value.
/// </summary>
internal sealed class BenchmarkResults
{
    /// <summary>How far (characters) a metric name may stand from its value: "67.0 的准确率", "accuracy of 89.5%".</summary>
    internal const int MetricReach = 14;

    /// <summary>The key of model-paired results in a sentence that names no benchmark ("分别获得了 1578 和 1261 的 Elo 评分").</summary>
    internal const int NoBenchmark = -1;

    private readonly string _text;
    private readonly IReadOnlyList<Sentence> _sentences;
    private readonly Func<int, ResultName[]> _names;
    private readonly RelationCues _cues;
    private readonly SentenceResults?[] _bySentence;
    private readonly ResultName[]?[] _namesBySentence;

    /// <param name="names">The names of a sentence (by index) in text order.</param>
    public BenchmarkResults(string text, IReadOnlyList<Sentence> sentences, Func<int, ResultName[]> names, RelationCues cues)
    {
        _text = text;
        _sentences = sentences;
        _names = names;
        _cues = cues;
        _bySentence = new SentenceResults?[sentences.Count];
        _namesBySentence = new ResultName[]?[sentences.Count];
    }

    private ResultName[] Names(int sentence) => _namesBySentence[sentence] ??= _names(sentence);

    /// <summary>
    /// The result of <paramref name="subject"/> on <paramref name="benchmark"/>: in sentence <paramref name="sentence"/>, else in
    /// the first sentence that names both, or, for the paper's own system, that names the benchmark and no other model or method.
    /// </summary>
    public BenchmarkResult? Of(int subject, int benchmark, int sentence, bool subjectIsOwn)
    {
        if (sentence >= 0 && In(sentence, subject, benchmark) is { } here) return here;
        for (var k = 0; k < _sentences.Count; k++)
        {
            if (k == sentence) continue;
            var names = Names(k);
            bool hasBenchmark = false, hasSubject = false, hasOther = false;
            foreach (var n in names)
            {
                hasBenchmark |= n.Entity == benchmark;
                hasSubject |= n.Entity == subject;
                hasOther |= n.Entity != subject && n.Type is EntityType.Model or EntityType.Method;
            }
            if (hasBenchmark && (hasSubject || subjectIsOwn && !hasOther) && In(k, subject, benchmark) is { } there) return there;
        }
        return null;
    }

    /// <summary>The result of <paramref name="subject"/> on <paramref name="benchmark"/> stated in sentence <paramref name="sentence"/> (<see cref="NoBenchmark"/>: one naming no benchmark).</summary>
    public BenchmarkResult? In(int sentence, int subject, int benchmark) =>
        PairedIn(sentence, subject, benchmark) ?? ((_bySentence[sentence] ??= Read(sentence)).ByBenchmark is { } all && all.TryGetValue(benchmark, out var found) ? found : null);

    /// <summary>The result sentence <paramref name="sentence"/> pairs with model <paramref name="model"/> by "分别" / "respectively", if it does.</summary>
    public BenchmarkResult? PairedIn(int sentence, int model, int benchmark) =>
        (_bySentence[sentence] ??= Read(sentence)).ByModel is { } paired && paired.TryGetValue((model, benchmark), out var own) ? own : null;

    private sealed record SentenceResults(Dictionary<int, BenchmarkResult>? ByBenchmark, Dictionary<(int Model, int Benchmark), BenchmarkResult>? ByModel);

    private static readonly SentenceResults None = new(null, null);

    private SentenceResults Read(int sentence)
    {
        var s = _sentences[sentence];
        var names = Names(sentence);
        var values = Values(s, names);
        if (values.Count == 0) return None;
        var benchmarks = new List<ResultName>();
        var distinct = new List<int>();
        var models = new List<int>();
        foreach (var n in names)
            if (n.Type is EntityType.Benchmark or EntityType.Dataset)
            {
                benchmarks.Add(n);
                if (!distinct.Contains(n.Entity)) distinct.Add(n.Entity);
            }
            else if (n.Type == EntityType.Model && !models.Contains(n.Entity)) models.Add(n.Entity);
        var respectively = _cues.Respectively.AnyIn(_text, s.Start, s.End);
        if (respectively && RespectiveBenchmarks(values, benchmarks, distinct) is { } respective)
        {
            var byBenchmark = new Dictionary<int, BenchmarkResult>();
            for (var i = 0; i < respective.Benchmarks.Count; i++) byBenchmark[respective.Benchmarks[i]] = Result(names, values[respective.Run + i]);
            return new SentenceResults(byBenchmark, null);
        }
        if (respectively && distinct.Count <= 1 && models.Count >= 2 && values.Count >= models.Count)
        {
            var benchmark = distinct.Count == 1 ? distinct[0] : NoBenchmark;
            var byModel = new Dictionary<(int, int), BenchmarkResult>();
            for (var i = 0; i < models.Count; i++) byModel[(models[i], benchmark)] = Result(names, values[i]);
            return new SentenceResults(null, byModel);
        }
        if (!respectively && distinct.Count <= 1 && EachSystemFollowedByItsValue(names, values) is { } own)
        {
            var benchmark = distinct.Count == 1 ? distinct[0] : NoBenchmark;
            var byModel = new Dictionary<(int, int), BenchmarkResult>();
            foreach (var (system, value) in own) byModel[(system, benchmark)] = Result(names, value);
            return new SentenceResults(null, byModel);
        }
        if (benchmarks.Count == 0) return None;
        var results = BySide(s, names, values, benchmarks);
        // Where values are written as a list beside a list of benchmarks, their order pairs them, not their side.
        if (!respectively) PairListedValues(names, values, benchmarks, results);
        return new SentenceResults(results, null);
    }

    /// <summary>
    /// The benchmarks "respectively" pairs in order with a run of values: all the sentence's, or, where it names more
    /// benchmarks than it gives values ("在 A 和 B 上分别比用 C 训练的验证器高出 8% 和 4.5%"), its first list of them.
    /// </summary>
    private (List<int> Benchmarks, int Run)? RespectiveBenchmarks(List<ScoreValue> values, List<ResultName> benchmarks, List<int> distinct)
    {
        if (distinct.Count < 2) return null;
        if (Run(values, benchmarks, distinct.Count) is { } all) return (distinct, all);
        for (var i = 0; i < benchmarks.Count; i++)
        {
            var (_, listEnd) = NameList.Extent(_text, benchmarks[i].Start, benchmarks[i].End);
            var listed = new List<int>();
            for (var j = i; j < benchmarks.Count && benchmarks[j].End <= listEnd; j++)
                if (!listed.Contains(benchmarks[j].Entity)) listed.Add(benchmarks[j].Entity);
            if (listed.Count >= 2) return Run(values, benchmarks, listed.Count) is { } run ? (listed, run) : null;
        }
        return null;
    }

    /// <summary>
    /// "X 取得 52.97% 的准确率，而 Y 仅为 52.50%", "X reaches 61.0 while Y reaches 58.2": two or more models or methods, each
    /// followed by exactly one value before the next, and no value before the first; null where the sentence is not so written.
    /// </summary>
    private static List<(int System, ScoreValue Value)>? EachSystemFollowedByItsValue(ResultName[] names, List<ScoreValue> values)
    {
        var systems = names.Where(n => n.Type is EntityType.Model or EntityType.Method).ToArray();
        if (systems.Length < 2 || values.Count != systems.Length) return null;
        var own = new List<(int System, ScoreValue Value)>(systems.Length);
        for (var i = 0; i < systems.Length; i++)
        {
            var until = i + 1 < systems.Length ? systems[i + 1].Start : int.MaxValue;
            if (values[i].Start < systems[i].End || values[i].Start >= until || own.Exists(p => p.System == systems[i].Entity)) return null;
            own.Add((systems[i].Entity, values[i]));
        }
        return own;
    }

    /// <summary>
    /// "F1 of 44.9, 38.4 and 40.7 on A, B and C", "在 A、B 和 C 上达到 71.3、80.2 和 65.0": a list of exactly as many values as a
    /// list of benchmarks, written right before or after it in the same clause, pairs in order.
    /// </summary>
    private void PairListedValues(ResultName[] names, List<ScoreValue> values, List<ResultName> benchmarks, Dictionary<int, BenchmarkResult> results)
    {
        for (var i = 0; i < benchmarks.Count;)
        {
            var (listStart, listEnd) = NameList.Extent(_text, benchmarks[i].Start, benchmarks[i].End);
            var j = i + 1;
            while (j < benchmarks.Count && benchmarks[j].End <= listEnd) j++;
            if (j - i >= 2 && ValueListBeside(names, values, listStart, listEnd, j - i) is { } run)
            {
                // The list's values share the metric written beside any of them ("44.9, 38.4 and 40.7 F1").
                var metrics = new int[j - i];
                var shared = -1;
                for (var k = 0; k < metrics.Length; k++)
                    if ((metrics[k] = MetricNear(names, values[run + k])) >= 0 && shared < 0) shared = metrics[k];
                for (var k = 0; k < metrics.Length; k++)
                    results[benchmarks[i + k].Entity] = new BenchmarkResult(values[run + k].Value, metrics[k] >= 0 ? metrics[k] : shared);
            }
            i = j;
        }
    }

    /// <summary>Each benchmark's first value after it (before the next benchmark) or before it in its clause (after the previous one), the side that gives more a value.</summary>
    private Dictionary<int, BenchmarkResult> BySide(Sentence s, ResultName[] names, List<ScoreValue> values, List<ResultName> benchmarks)
    {
        var after = new ScoreValue?[benchmarks.Count];
        var before = new ScoreValue?[benchmarks.Count];
        int afterCount = 0, beforeCount = 0;
        for (var i = 0; i < benchmarks.Count; i++)
        {
            var b = benchmarks[i];
            var until = i + 1 < benchmarks.Count ? benchmarks[i + 1].Start : s.End;
            var from = Math.Max(CharClass.ClauseStart(_text, b.Start, s.Start), i > 0 ? benchmarks[i - 1].End : s.Start);
            after[i] = First(values, b.End, until);
            before[i] = First(values, from, b.Start);
            afterCount += after[i] is null ? 0 : 1;
            beforeCount += before[i] is null ? 0 : 1;
        }
        var afterFirst = afterCount != beforeCount ? afterCount > beforeCount : CharClass.HasCjk(_text.AsSpan(s.Start, s.Length));
        var byBenchmark = new Dictionary<int, BenchmarkResult>();
        for (var i = 0; i < benchmarks.Count; i++)
            if ((afterFirst ? after[i] ?? before[i] : before[i] ?? after[i]) is { } v)
                byBenchmark.TryAdd(benchmarks[i].Entity, Result(names, v));
        return byBenchmark;
    }

    /// <summary>Where a run of exactly <paramref name="n"/> joined values starts right before or right after the list [listStart, listEnd) in its clause, or null.</summary>
    private int? ValueListBeside(ResultName[] names, List<ScoreValue> values, int listStart, int listEnd, int n)
    {
        for (var r = 0; r + n <= values.Count; r++)
        {
            var first = values[r];
            var last = values[r + n - 1];
            var joined = (r == 0 || !IsListGap(values[r - 1].End, first.Start)) && (r + n == values.Count || !IsListGap(last.End, values[r + n].Start));
            for (var k = r; k + 1 < r + n && joined; k++) joined = IsListGap(values[k].End, values[k + 1].Start);
            if (!joined) continue;
            if (last.End <= listStart && IsOneStatement(names, last.End, listStart)) return r;
            if (first.Start >= listEnd && IsOneStatement(names, listEnd, first.Start)) return r;
        }
        return null;
    }

    /// <summary>
    /// Whether a list and its values stand in one statement: no break but commas between them ("On A, B and C, X reaches
    /// 1, 2 and 3"; "the A, B and C networks, with an accuracy of 1, 2 and 3") and no name but a metric.
    /// </summary>
    private bool IsOneStatement(ResultName[] names, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (CharClass.IsClauseBreak(_text[i]) && _text[i] is not (',' or '，')) return false;
        foreach (var name in names)
            if (name.Type != EntityType.Metric && name.Start >= from && name.Start < to) return false;
        return true;
    }

    /// <summary>Whether only a list separator stands between two values ("44.9%, 38.4%", "71.3 和 80.2").</summary>
    private bool IsListGap(int from, int to) => NameList.Joins(_text, from < to && _text[from] == '%' ? from + 1 : from, to);

    /// <summary>Where the first run of at least <paramref name="count"/> values with no benchmark between them starts, or null.</summary>
    private static int? Run(List<ScoreValue> values, List<ResultName> benchmarks, int count)
    {
        var start = 0;
        for (var i = 1; i <= values.Count; i++)
        {
            if (i < values.Count && !Between(benchmarks, values[i - 1].End, values[i].Start)) continue;
            if (i - start >= count) return start;
            start = i;
        }
        return null;
    }

    private static bool Between(List<ResultName> names, int from, int to)
    {
        foreach (var n in names)
            if (n.Start >= from && n.Start < to) return true;
        return false;
    }

    private static ScoreValue? First(List<ScoreValue> values, int from, int to)
    {
        foreach (var v in values)
            if (v.Start >= from && v.Start < to) return v;
        return null;
    }

    /// <summary>The sentence's result numbers outside names, the first of "from X to Y" left out.</summary>
    private List<ScoreValue> Values(Sentence s, ResultName[] names)
    {
        var values = new List<ScoreValue>();
        foreach (var v in ScoreValueFinder.Find(_text, s.Start, s.End))
            if (!Inside(names, v.Start)) values.Add(v);
        for (var i = values.Count - 2; i >= 0; i--)
            if (IsFromTo(values[i], values[i + 1])) values.RemoveAt(i);
        return values;
    }

    /// <summary>"from 60.1 to 70.2", "从 60.1 提升到 70.2": a from-cue before the first value, only a to-cue between the two.</summary>
    private bool IsFromTo(ScoreValue from, ScoreValue to)
    {
        var p = from.Start;
        while (p > 0 && _text[p - 1] == ' ') p--;
        if (_cues.ValueFrom.MatchEndingAt(_text, p) is null) return false;
        var at = from.End;
        while (at < to.Start && _text[at] == ' ') at++;
        if (_cues.ValueTo.MatchAt(_text, at) is not { } cue) return false;
        return _text.AsSpan(at + cue.Length, to.Start - at - cue.Length).Trim().IsEmpty;
    }

    private static bool Inside(ResultName[] names, int position)
    {
        foreach (var n in names)
            if (position >= n.Start && position < n.End) return true;
        return false;
    }

    private BenchmarkResult Result(ResultName[] names, ScoreValue value) => new(value.Value, MetricNear(names, value));

    private int MetricNear(ResultName[] names, ScoreValue value)
    {
        foreach (var n in names)
            if (n.Type == EntityType.Metric && n.Start >= value.Start && n.Start < value.End) return n.Entity; // "1187 的 Elo": the metric read as the value's unit
        foreach (var n in names)
            if (n.Type == EntityType.Metric && n.Start >= value.End && n.Start - value.End <= MetricReach && !CharClass.HasClauseBreak(_text, value.End, n.Start))
                return n.Entity;
        for (var i = names.Length - 1; i >= 0; i--)
        {
            var n = names[i];
            if (n.Type == EntityType.Metric && n.End <= value.Start && value.Start - n.End <= MetricReach && !CharClass.HasClauseBreak(_text, n.End, value.Start))
                return n.Entity;
        }
        return -1;
    }
}
