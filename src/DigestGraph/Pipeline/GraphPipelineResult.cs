using DigestGraph.Concurrency;
using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Progress;

namespace DigestGraph.Pipeline;

/// <summary>What the front of the pipeline made: the papers read (with the problems skipped) and their graph.</summary>
public sealed record GraphPipelineResult(IngestResult Input, KnowledgeGraph Graph);
