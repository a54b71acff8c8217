using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Progress;

namespace DigestGraph.Pipeline;

/// <summary>What the front of the pipeline made: the papers read (with the problems skipped) and their graph.</summary>
public sealed record GraphPipelineResult(IngestResult Input, KnowledgeGraph Graph);

/// <summary>The front of the pipeline every command shares: read → extract → graph, each stage reporting progress.</summary>
public static class GraphPipeline
{
    /// <exception cref="IngestException">In strict mode, on the first bad entry.</exception>
    public static GraphPipelineResult Run(IReadOnlyList<string> paths, bool strict, IExtractor extractor,
        IProgress<StageProgress>? progress = null, CancellationToken ct = default)
    {
        progress?.Report(new StageProgress("read", 0, null));
        var input = new CorpusReader(strict).Read(paths);
        progress?.Report(StageProgress.Finished("read", input.Papers.Count));
        var extractions = ExtractAll(input.Papers, extractor, progress, ct);
        var graph = new GraphBuilder().AddRange(extractions.Track(progress, "graph")).Build();
        return new GraphPipelineResult(input, graph);
    }

    /// <summary>Extracts every paper in parallel; the result keeps the input order, so output is deterministic.</summary>
    public static IReadOnlyList<PaperExtraction> ExtractAll(IReadOnlyList<Paper> papers, IExtractor extractor,
        IProgress<StageProgress>? progress = null, CancellationToken ct = default)
    {
        long done = 0;
        progress?.Report(new StageProgress("extract", 0, papers.Count));
        var extractions = papers
            .AsParallel()
            .AsOrdered()
            .WithCancellation(ct)
            .Select(paper =>
            {
                var extraction = extractor.Extract(paper);
                progress?.Report(new StageProgress("extract", Interlocked.Increment(ref done), papers.Count));
                return extraction;
            })
            .ToArray();
        progress?.Report(StageProgress.Finished("extract", extractions.Length));
        return extractions;
    }
}
