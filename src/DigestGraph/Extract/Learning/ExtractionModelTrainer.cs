using DigestGraph.Extract.Entities;
using DigestGraph.Extract.Evaluation;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Pipeline;
using DigestGraph.Extract.Relations.Learned;
using DigestGraph.Extract.Topics;

namespace DigestGraph.Extract.Learning;

/// <summary>Trains every learned component of the <see cref="ExtractionModel"/> on annotated papers; deterministic for a seed.</summary>
public static class ExtractionModelTrainer
{
    /// <summary>The seed of the shipped model and of <c>eval --cv</c> unless told otherwise.</summary>
    public const int DefaultSeed = 12;

    /// <param name="knowledge">What the rules know (<see cref="ExtractionKnowledge.Default"/> unless told otherwise).</param>
    public static ExtractionModel Train(IReadOnlyList<AnnotatedPaper> papers, int seed, ExtractionKnowledge? knowledge = null)
    {
        knowledge ??= ExtractionKnowledge.Default;
        var candidates = new ExtractionPipelineBuilder().UseCandidates(knowledge).Build();
        var entities = EntityClassifierTrainer.Train(papers, seed, candidates, DontCareTerms.Default);
        // The relation model learns from documents read as inference reads them: the rule stages with the learned entities.
        var reader = new ExtractionPipelineBuilder().UseRules(knowledge, Taxonomy.Default).UseEntityClassifier(entities).Build();
        return new ExtractionModel(entities, RelationModel.Train(papers, seed, reader), TopicModel.Train(papers, seed));
    }
}
