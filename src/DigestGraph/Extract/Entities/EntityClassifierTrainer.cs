using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Learning;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace DigestGraph.Extract.Entities;

/// <summary>
/// Trains the <see cref="EntityClassifier"/>: the candidate stages run on every annotated paper, each candidate is
/// labelled by <see cref="EntityLabels"/>, and ML.NET's L-BFGS maximum-entropy trainer fits the linear model on one
/// thread with a fixed seed, so the same papers give the same weights, bit for bit.
/// </summary>
public static class EntityClassifierTrainer
{
    /// <param name="candidates">A pipeline that stops after the rule types (<see cref="ExtractionPipelineExtensions.UseCandidates"/>).</param>
    public static EntityClassifier Train(IReadOnlyList<AnnotatedPaper> papers, int seed, ExtractionPipeline candidates, DontCareTerms dontCare)
    {
        var examples = new List<Example>();
        var features = new List<(int Index, float Value)>();
        foreach (var paper in papers)
        {
            var document = candidates.Run(paper.Paper);
            var english = !TextLanguage.IsChinese(document.Text);
            var labels = EntityLabels.Of(document.Entities, paper.Gold, dontCare);
            for (var i = 0; i < labels.Length; i++)
            {
                EntityFeatures.Compute(document, document.Entities[i], english, features);
                examples.Add(new Example { Label = (uint)labels[i], Features = Sparse(features) });
            }
        }

        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            NumberOfThreads = 1,
            // Chosen by cross-validation among (L1, L2) (0.3, 2), (0.05, 0.5), (0, 0.1) with the layout-2 features.
            L1Regularization = 0.05f,
            L2Regularization = 0.5f,
            OptimizationTolerance = 1e-6f,
            MaximumNumberOfIterations = 400,
            Quiet = true,
        });
        var model = trainer.Fit(data).Model;
        VBuffer<float>[] weights = [];
        model.GetWeights(ref weights, out var classCount);
        if (classCount != EntityClass.Count) throw new InvalidOperationException($"trained {classCount} classes, expected {EntityClass.Count}");
        var rowMajor = new float[EntityFeatures.Count * EntityClass.Count];
        for (var c = 0; c < classCount; c++)
        {
            var dense = weights[c].DenseValues().ToArray();
            for (var f = 0; f < dense.Length; f++) rowMajor[f * EntityClass.Count + c] = dense[f];
        }
        return new EntityClassifier(rowMajor, model.GetBiases().ToArray());
    }

    /// <summary>The features as ML.NET's sparse vector: indices ascending, an index written twice summed.</summary>
    private static VBuffer<float> Sparse(List<(int Index, float Value)> features)
    {
        var merged = new SortedDictionary<int, float>();
        foreach (var (index, value) in features) merged[index] = merged.GetValueOrDefault(index) + value;
        return new VBuffer<float>(EntityFeatures.Count, merged.Count, merged.Values.ToArray(), merged.Keys.ToArray());
    }

    private sealed class Example
    {
        [KeyType(EntityClass.Count)]
        public uint Label { get; set; }

        [VectorType(EntityFeatures.Count)]
        public VBuffer<float> Features { get; set; }
    }
}
