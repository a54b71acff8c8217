using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Pipeline;

/// <summary>
/// A use case's run over a corpus: what was read (with the problems skipped) and the graph, and the use case's own
/// output, which is null when the input held no paper (nothing after the graph ran, nothing was written).
/// </summary>
public sealed record CorpusRun<T>(GraphPipelineResult Pipeline, T? Output) where T : class
{
    public IngestResult Input => Pipeline.Input;

    public KnowledgeGraph Graph => Pipeline.Graph;
}
