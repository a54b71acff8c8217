using DigestGraph.Extract.Evaluation;

namespace DigestGraph.Extract.Relations.Learned;

/// <summary>
/// Trains the relation model: every candidate pair of every training document, labelled by the gold relations
/// (<see cref="GoldPairLabels"/>), fitted by a multinomial logistic regression with AdaGrad steps and L2 decay. One
/// thread, examples visited in an order shuffled by the seed, so the same input gives the same weights, bit for bit.
/// </summary>
internal static class RelationTrainer
{
    private const int Epochs = 12;
    private const float Rate = 0.3f;
    private const float Decay = 1e-3f;

    public static RelationModel Train(IReadOnlyList<(RelationDocument Document, ExtractionRecord Gold)> papers, int seed, RelationFeatureCues cues)
    {
        var examples = new List<(int[] Buckets, int Class)>();
        var features = new List<ulong>();
        foreach (var (document, gold) in papers)
        {
            var reading = new RelationReading(document, cues);
            var labels = new GoldPairLabels(document, gold);
            foreach (var c in reading.Candidates())
            {
                features.Clear();
                RelationFeaturizer.Features(reading, c, features);
                examples.Add((features.Select(RelationModel.Bucket).Distinct().ToArray(), labels.ClassOf(c.Source, c.Target)));
            }
        }

        const int classes = RelationClasses.Count;
        var weights = new float[RelationModel.Buckets * classes];
        var squares = new float[weights.Length];
        var model = new RelationModel(weights, cues);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        Span<float> p = stackalloc float[classes];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (buckets, label) = examples[e];
                Probabilities(weights, buckets, p);
                foreach (var b in buckets)
                    for (var k = 0; k < classes; k++)
                    {
                        var i = b * classes + k;
                        var g = (p[k] - (k == label ? 1f : 0f)) + Decay * weights[i];
                        squares[i] += g * g;
                        weights[i] -= Rate * g / MathF.Sqrt(squares[i] + 1e-6f);
                    }
            }
        }
        return model;
    }

    private static void Probabilities(float[] weights, int[] buckets, Span<float> p)
    {
        p.Clear();
        foreach (var b in buckets)
            for (var k = 0; k < p.Length; k++) p[k] += weights[b * p.Length + k];
        RelationModel.Softmax(p);
    }
}
