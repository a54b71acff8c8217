using System.Diagnostics;
using DigestGraph.Extract;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Benchmarks;

/// <summary>
/// <c>topics [--k 5] [--seed S] [--out FILE]</c>: k-fold cross-validation by paper over the repository's annotated
/// corpus (seeds + eval/dev), topic F1 and primary-topic accuracy per language and area, of the learned topic model
/// (trained on the other folds) against the rule classifier (<see cref="TopicClassifier"/>) on the same folds in the
/// same run. With <c>--out</c>, also trains the model on the whole corpus and writes it (the shipped
/// <c>Data/models/topics.model</c> is made this way).
/// </summary>
internal static class TopicCrossValidationBenchmark
{
    private static readonly string[] ValuedOptions = ["--k", "--seed", "--out"];

    public static int Run(string[] args)
    {
        BenchmarkOptions options;
        int k, seed;
        try
        {
            options = BenchmarkOptions.Parse(args, ValuedOptions, []);
            k = options.Int("--k", 5, minimum: 2);
            seed = options.Int("--seed", 1, minimum: 0);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var root = Path.GetDirectoryName(SeedDirectory.Find())!;
        var dev = Path.Combine(root, "eval", "dev");
        var corpus = AnnotatedCorpus.Load([Path.Combine(root, "eval", "gold"), dev], [Path.Combine(root, "seeds"), dev]);
        var knowledge = ExtractionKnowledge.Default;
        var rules = new RuleBasedExtractor(knowledge, Taxonomy.Default);

        var clock = Stopwatch.StartNew();
        var baseline = CrossValidation.Run(corpus, k, seed, _ => rules, ExtractionScorer.Default);
        var learned = CrossValidation.Run(corpus, k, seed,
            training => new RuleBasedExtractor(knowledge, Taxonomy.Default, TopicModel.Train(training, seed)), ExtractionScorer.Default);
        clock.Stop();

        Console.WriteLine($"Topics, {k}-fold cross-validation by paper (seed {seed}) over {corpus.Count} papers (seeds + eval/dev), in {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"{"slice",-16}{"papers",7}{"rules F1",10}{"learned F1",12}{"rules primary",15}{"learned primary",17}");
        var slices = new[] { ("all", (Func<AnnotatedPaper, bool>)(_ => true)) }
            .Concat(corpus.Select(p => p.Language).Distinct().Order().Select(l => ("lang " + l, (Func<AnnotatedPaper, bool>)(p => p.Language == l))))
            .Concat(corpus.Select(p => p.Area).Distinct().Order().Select(a => ("area " + a, (Func<AnnotatedPaper, bool>)(p => p.Area == a))));
        foreach (var (name, holds) in slices)
        {
            var r = Sum(baseline, holds);
            var l = Sum(learned, holds);
            Console.WriteLine($"{name,-16}{r.Papers,7}{r.Topics.F1,10:F3}{l.Topics.F1,12:F3}{r.PrimaryTopic.Value,15:F3}{l.PrimaryTopic.Value,17:F3}");
        }

        var (learnedMicroseconds, rulesMicroseconds) = InferenceTime(corpus);
        Console.WriteLine($"Topic inference per paper (corpus papers, {TimingRounds} rounds, 1 thread): learned model {learnedMicroseconds:F1} µs, " +
                          $"rule classifier {rulesMicroseconds:F1} µs (ratio {learnedMicroseconds / rulesMicroseconds:F2})");

        if (options.Text("--out") is { } path)
        {
            var model = TopicModel.Train(corpus, seed);
            using var file = File.Create(path);
            model.Save(file);
            Console.WriteLine($"Model trained on all {corpus.Count} papers written to {path} ({file.Length:N0} bytes, {model.Vocabulary.Count:N0} words)");
        }
        return 0;
    }

    private const int TimingRounds = 50;

    /// <summary>Microseconds per paper of the shipped model's and the rule classifier's topic inference, alternating rounds so load hits both alike.</summary>
    private static (double Learned, double Rules) InferenceTime(IReadOnlyList<AnnotatedPaper> corpus)
    {
        var model = TopicModel.Default;
        var rules = new TopicClassifier(Taxonomy.Default);
        var papers = corpus.Select(p => p.Paper).ToArray();
        Stopwatch learned = new(), ruled = new();
        var topics = 0;
        for (var round = 0; round <= TimingRounds; round++)
        {
            // Round 0 warms both up (JIT) and is not counted.
            if (round == 1) { learned.Reset(); ruled.Reset(); }
            learned.Start();
            foreach (var p in papers) topics += model.Predict(p.Title, p.TranslatedTitle, p.Abstract, []).Topics.Count;
            learned.Stop();
            ruled.Start();
            foreach (var p in papers) topics += rules.Classify(p.Title, p.TranslatedTitle, p.Abstract, [], null).Topics.Count;
            ruled.Stop();
        }
        GC.KeepAlive(topics);
        var calls = (double)TimingRounds * papers.Length;
        return (learned.Elapsed.TotalMicroseconds / calls, ruled.Elapsed.TotalMicroseconds / calls);
    }

    private static ScoreCard Sum(IReadOnlyList<ScoredPaper> scored, Func<AnnotatedPaper, bool> holds) =>
        scored.Where(s => holds(s.Paper)).Aggregate(ScoreCard.Empty, (acc, s) => acc + s.Score);
}
