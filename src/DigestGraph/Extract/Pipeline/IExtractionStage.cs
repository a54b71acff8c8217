namespace DigestGraph.Extract.Pipeline;

/// <summary>One step of extraction: reads what earlier stages put in the document and adds its own part. Thread-safe.</summary>
public interface IExtractionStage
{
    void Run(PaperDocument document);
}
