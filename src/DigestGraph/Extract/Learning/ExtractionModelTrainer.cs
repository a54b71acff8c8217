using DigestGraph.Extract.Entities;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Learning;

/// <summary>Trains every learned component of the <see cref="ExtractionModel"/> on annotated papers; deterministic for a seed.</summary>
public static class ExtractionModelTrainer
{
    /// <summary>The seed of the shipped model and of <c>eval --cv</c> unless told otherwise.</summary>
    public const int DefaultSeed = 12;

    public static ExtractionModel Train(IReadOnlyList<AnnotatedPaper> papers, int seed)
    {
        var candidates = new ExtractionPipelineBuilder().UseCandidates(ExtractionKnowledge.Default).Build();
        return new ExtractionModel(EntityClassifierTrainer.Train(papers, seed, candidates, DontCareTerms.Default));
    }
}
