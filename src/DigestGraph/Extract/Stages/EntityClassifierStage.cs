using DigestGraph.Extract.Entities;
using DigestGraph.Extract.Pipeline;

namespace DigestGraph.Extract.Stages;

/// <summary>The learned entity decision on every candidate: not an entity (dropped) or one of the seven types.</summary>
public sealed class EntityClassifierStage(EntityClassifier classifier) : IExtractionStage
{
    public void Run(PaperDocument document) => classifier.Decide(document);
}
