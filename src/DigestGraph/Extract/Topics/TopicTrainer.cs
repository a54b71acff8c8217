using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace DigestGraph.Extract.Topics;

/// <summary>
/// Trains a <see cref="TopicModel"/> on annotated papers with ML.NET: two L-BFGS logistic regressions over all
/// (paper, topic) pairs, membership (the topic is among the gold topics) and primary (it is the gold primary topic).
/// The membership threshold is chosen by an inner cross-validation on the training papers alone, so a model never
/// tunes on a paper it is scored on. One thread and a fixed seed: the same papers give the same model, byte for byte.
/// </summary>
public static class TopicTrainer
{
    private const int InnerFolds = 4;
    // A word seen in a single training paper says nothing about a topic beyond that paper.
    private const int MinimumPapersPerWord = 2;
    // L1 sets many (word, topic) weights to zero; L2 keeps the few papers of a rare topic from dictating its weights.
    private const float L1 = 0.1f;
    private const float L2 = 1f;
    private static readonly float[] ThresholdGrid = Enumerable.Range(-60, 121).Select(i => i / 10f).ToArray();

    private sealed record Sample(float[] Dense, string Title, string? Translated, string Text, string[] Words, bool[] Topics, int Primary)
    {
        public int[] TokenIds { get; set; } = [];
    }

    public static TopicModel Train(IReadOnlyList<AnnotatedPaper> papers, int seed, TopicFeaturizer featurizer)
    {
        if (papers.Count < InnerFolds) throw new ArgumentException($"topic training needs at least {InnerFolds} papers, got {papers.Count}");
        var taxonomy = featurizer.Taxonomy;
        var samples = papers.Select(p => SampleOf(p, featurizer)).ToArray();
        var vocabulary = samples.SelectMany(s => s.Words.Distinct())
            .CountBy(w => w, StringComparer.Ordinal)
            .Where(x => x.Value >= MinimumPapersPerWord)
            .Select(x => x.Key)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var index = new TopicVocabulary(vocabulary);
        var ids = new int[index.Count];
        foreach (var s in samples)
        {
            var count = index.Ids(s.Title, s.Translated, s.Text, new bool[index.Count], ids);
            // Sorted: ML.NET takes sparse features in ascending index order.
            s.TokenIds = [.. ids.AsSpan(0, count).ToArray().Order()];
        }

        var ml = new MLContext(seed);
        var topicCount = taxonomy.Topics.Count;
        var threshold = TuneThreshold(ml, samples, seed, topicCount, vocabulary.Length);
        var member = Fit(ml, samples, (s, t) => s.Topics[t], topicCount, vocabulary.Length);
        var primary = Fit(ml, samples, (s, t) => s.Primary == t, topicCount, vocabulary.Length);
        return Pruned(featurizer, vocabulary, member, primary, threshold);

        Sample SampleOf(AnnotatedPaper paper, TopicFeaturizer f)
        {
            var p = paper.Paper;
            var title = InputNormalizer.Normalize(p.Title).Replace('\n', ' ').Trim();
            var translated = p.TranslatedTitle is null ? null : InputNormalizer.Normalize(p.TranslatedTitle).Replace('\n', ' ').Trim();
            var text = InputNormalizer.Normalize(p.Abstract);
            var dense = f.Compute(title, translated, text, GoldEntities(paper));
            string[] words = [.. TopicTokens.Words(title, isTitle: true), .. TopicTokens.Words(translated ?? "", isTitle: true), .. TopicTokens.Words(text, isTitle: false)];
            var topics = new bool[taxonomy.Topics.Count];
            foreach (var name in paper.Gold.Topics) topics[TopicOf(name, p.Id)] = true;
            var primary = paper.Gold.PrimaryTopic is { } pt ? TopicOf(pt, p.Id) : -1;
            return new Sample(dense, title, translated, text, words, topics, primary);
        }

        int TopicOf(string name, string id)
        {
            for (var t = 0; t < taxonomy.Topics.Count; t++)
                if (taxonomy.Topics[t].Name == name) return t;
            throw new FormatException($"gold record {id}: topic '{name}' is not in the taxonomy");
        }
    }

    /// <summary>
    /// The model without the words whose weights L1 set to zero for every topic in both scorers: they
    /// change no score, and each costs inference a look-up.
    /// </summary>
    private static TopicModel Pruned(TopicFeaturizer featurizer, string[] vocabulary, TopicWeights member, TopicWeights primary, float threshold)
    {
        var topicCount = featurizer.Taxonomy.Topics.Count;
        var rows = TopicFeaturizer.DenseCount + topicCount;
        bool Zero(TopicWeights w, int word) => w.Values.AsSpan(rows + word * topicCount, topicCount).IndexOfAnyExcept(0f) < 0;
        var kept = Enumerable.Range(0, vocabulary.Length).Where(word => !Zero(member, word) || !Zero(primary, word)).ToArray();
        TopicWeights Keep(TopicWeights w) => new(
            [.. w.Values.AsSpan(0, rows), .. kept.SelectMany(word => w.Values.AsSpan(rows + word * topicCount, topicCount).ToArray())], w.Bias);
        return new TopicModel(featurizer, kept.Select(word => vocabulary[word]).ToArray(), Keep(member), Keep(primary), threshold);
    }

    /// <summary>The gold entities as the extractor would give them: the topic features read only their types and introduced flags.</summary>
    private static ExtractedEntity[] GoldEntities(AnnotatedPaper paper) =>
        paper.Gold.Entities
            .Select(e => (e, Type: e.AllTypes.Count > 0 && Enum.TryParse<EntityType>(e.AllTypes[0], out var type) ? type : (EntityType?)null))
            .Where(x => x.Type is not null)
            .Select(x => new ExtractedEntity(x.e.Name, x.Type!.Value) { Introduced = x.e.Introduced, Aliases = x.e.Aliases })
            .ToArray();

    /// <summary>
    /// The membership threshold that gives the best micro F1 on the training papers' inner folds, each scored by
    /// models trained on the other inner folds (the middle of the best run of thresholds on a tie).
    /// </summary>
    private static float TuneThreshold(MLContext ml, Sample[] samples, int seed, int topicCount, int vocabularySize)
    {
        var folds = CrossValidation.Folds(samples.Length, InnerFolds, seed);
        var held = new List<(Sample Sample, float[] Member, float[] Primary)>();
        for (var fold = 0; fold < InnerFolds; fold++)
        {
            var training = samples.Where((_, i) => folds[i] != fold).ToArray();
            var member = Fit(ml, training, (s, t) => s.Topics[t], topicCount, vocabularySize);
            var primary = Fit(ml, training, (s, t) => s.Primary == t, topicCount, vocabularySize);
            var scorer = new TopicScorer(member, primary, topicCount);
            foreach (var s in samples.Where((_, i) => folds[i] == fold))
            {
                var (memberScores, primaryScores) = scorer.Scores(s.Dense, s.TokenIds);
                held.Add((s, memberScores, primaryScores));
            }
        }
        var f1 = ThresholdGrid.Select(threshold => MicroF1(held, threshold)).ToArray();
        var bestF1 = f1.Max();
        var best = Enumerable.Range(0, f1.Length).Where(i => f1[i] == bestF1).ToArray();
        return ThresholdGrid[best[best.Length / 2]];
    }

    private static double MicroF1(List<(Sample Sample, float[] Member, float[] Primary)> held, float threshold)
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (var (sample, member, primary) in held)
        {
            var (topics, _) = TopicModel.Choose(member, primary, threshold);
            predicted += topics.Length;
            tp += topics.Count(t => sample.Topics[t]);
            gold += sample.Topics.Count(x => x);
        }
        return predicted + gold == 0 ? 0 : 2.0 * tp / (predicted + gold);
    }

    private static TopicWeights Fit(MLContext ml, IReadOnlyList<Sample> samples, Func<Sample, int, bool> label, int topicCount, int vocabularySize)
    {
        var length = TopicWeights.Length(topicCount, vocabularySize);
        var schema = SchemaDefinition.Create(typeof(TopicPairRow));
        schema[nameof(TopicPairRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, length);
        var rows = samples.SelectMany(s => Enumerable.Range(0, topicCount).Select(t => new TopicPairRow
        {
            Label = label(s, t),
            Features = PairFeatures(s, t, topicCount, length),
        }));
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L1Regularization = L1,
            L2Regularization = L2,
            NumberOfThreads = 1,
        });
        var linear = trainer.Fit(data).Model.SubModel;
        return new TopicWeights(linear.Weights.ToArray(), linear.Bias);
    }

    /// <summary>The pair's features in <see cref="TopicWeights"/>' layout: dense features, the topic's bias, the topic's row of each token.</summary>
    private static VBuffer<float> PairFeatures(Sample s, int topic, int topicCount, int length)
    {
        const int d = TopicFeaturizer.DenseCount;
        var count = d + 1 + s.TokenIds.Length;
        var values = new float[count];
        var indices = new int[count];
        for (var i = 0; i < d; i++)
        {
            indices[i] = i;
            values[i] = s.Dense[topic * d + i];
        }
        indices[d] = d + topic;
        values[d] = 1;
        for (var j = 0; j < s.TokenIds.Length; j++)
        {
            indices[d + 1 + j] = d + topicCount + s.TokenIds[j] * topicCount + topic;
            values[d + 1 + j] = 1;
        }
        return new VBuffer<float>(length, count, values, indices);
    }
}
