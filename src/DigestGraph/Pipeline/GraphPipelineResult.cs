using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Pipeline;

/// <summary>What the front of the pipeline made: the papers read (with the problems skipped) and their graph.</summary>
public sealed record GraphPipelineResult(IngestResult Input, KnowledgeGraph Graph);
