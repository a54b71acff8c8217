using DigestGraph.Ingest;

namespace DigestGraph.Extract.Pipeline;

/// <summary>The stages in order, run on one fresh document per paper. Stateless between papers, so one instance serves all threads.</summary>
public sealed class ExtractionPipeline(IReadOnlyList<IExtractionStage> stages) : IExtractor
{
    public IReadOnlyList<IExtractionStage> Stages { get; } = stages;

    public PaperExtraction Extract(Paper paper) => Run(paper).ToExtraction();

    /// <summary>The document after every stage, for readers of the intermediate parts (training, tests).</summary>
    public PaperDocument Run(Paper paper)
    {
        var document = new PaperDocument(paper);
        foreach (var stage in Stages) stage.Run(document);
        return document;
    }
}
