using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Extract.Learning;

/// <summary>
/// K-fold cross-validation by paper: papers are shuffled once with a fixed seed and dealt into k folds; for each fold
/// an extractor is trained on the other folds and scores the fold's papers. Every paper is scored exactly once, by a
/// model that never saw it.
/// </summary>
public static class CrossValidation
{
    /// <summary>Each paper's fold, in corpus order.</summary>
    public static int[] Folds(int paperCount, int k, int seed)
    {
        if (k < 2 || k > paperCount) throw new ArgumentOutOfRangeException(nameof(k), $"k must be between 2 and {paperCount}");
        var order = Enumerable.Range(0, paperCount).ToArray();
        new Random(seed).Shuffle(order);
        var folds = new int[paperCount];
        for (var i = 0; i < order.Length; i++) folds[order[i]] = i % k;
        return folds;
    }

    /// <summary>
    /// Repeated k-fold cross-validation: one run per seed, each with its own partition and training seed, every paper
    /// scored once per seed. Summed, the runs give a steadier figure than one partition of a small corpus does.
    /// </summary>
    public static IReadOnlyList<(int Seed, IReadOnlyList<ScoredPaper> Scored)> Repeat(
        IReadOnlyList<AnnotatedPaper> corpus, int k, IReadOnlyList<int> seeds,
        Func<int, IReadOnlyList<AnnotatedPaper>, IExtractor> train, ExtractionScorer scorer) =>
        seeds.Select(seed => (seed, Run(corpus, k, seed, training => train(seed, training), scorer))).ToArray();

    /// <summary>Trains k extractors and returns every paper's score card, in corpus order.</summary>
    public static IReadOnlyList<ScoredPaper> Run(
        IReadOnlyList<AnnotatedPaper> corpus, int k, int seed,
        Func<IReadOnlyList<AnnotatedPaper>, IExtractor> train, ExtractionScorer scorer)
    {
        var folds = Folds(corpus.Count, k, seed);
        var scored = new ScoredPaper[corpus.Count];
        for (var fold = 0; fold < k; fold++)
        {
            var training = corpus.Where((_, i) => folds[i] != fold).ToArray();
            var extractor = train(training);
            for (var i = 0; i < corpus.Count; i++)
            {
                if (folds[i] != fold) continue;
                var predicted = ExtractionRecordMapper.ToRecord(extractor.Extract(corpus[i].Paper));
                var (card, misses) = scorer.ScorePaper(corpus[i].Gold, predicted);
                scored[i] = new ScoredPaper(corpus[i], fold, card, misses);
            }
        }
        return scored;
    }
}
