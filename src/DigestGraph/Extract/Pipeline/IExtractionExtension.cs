namespace DigestGraph.Extract.Pipeline;

/// <summary>A reusable part of a pipeline (as Markdig's extensions): adds or replaces stages of the builder.</summary>
public interface IExtractionExtension
{
    void Setup(ExtractionPipelineBuilder builder);
}
