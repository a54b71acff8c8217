using DigestGraph.Concurrency;
using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Progress;

namespace DigestGraph.Pipeline;

/// <summary>
/// The front of the pipeline every command shares: read → extract → graph as one stream, each stage reporting progress.
/// Files are parsed and papers extracted in parallel while the graph takes extractions in input order, so the stages
/// overlap and the output is deterministic.
/// </summary>
public static class GraphPipeline
{
    // Papers per task: enough that handing work to a core costs little next to extracting it.
    private const int BatchSize = 16;

    // Batches in flight: enough to keep every core busy behind a slow paper; few enough that their extractions weigh little.
    private static readonly int BatchLookahead = 8 * Environment.ProcessorCount;

    /// <summary>Papers outside <paramref name="categories"/> (when given) are left out as they are read.</summary>
    /// <exception cref="IngestException">In strict mode, on the first bad entry.</exception>
    /// <param name="lexicon">The lexicon <paramref name="extractor"/> was built with, which the graph resolves names by.</param>
    public static GraphPipelineResult Run(IReadOnlyList<string> paths, bool strict, IExtractor extractor, EntityLexicon lexicon,
        IProgress<StageProgress>? progress = null, CancellationToken ct = default, CategoryFilter? categories = null)
    {
        var reading = new CorpusReader(strict, categories, progress).Open(paths, ct);
        var extractions = ExtractAll(reading.Papers, extractor, progress, ct);
        var graph = new GraphBuilder(lexicon).AddRange(extractions.Track(progress, "graph")).Build();
        return new GraphPipelineResult(reading.Result, graph);
    }

    /// <summary>Extracts papers in parallel as they arrive; the results keep the input order, so output is deterministic.</summary>
    public static IEnumerable<PaperExtraction> ExtractAll(IEnumerable<Paper> papers, IExtractor extractor,
        IProgress<StageProgress>? progress = null, CancellationToken ct = default) =>
        papers.Chunk(BatchSize)
            .SelectAhead(batch => Array.ConvertAll(batch, extractor.Extract), BatchLookahead, ct)
            .SelectMany(batch => batch)
            .Track(progress, "extract", papers.TryGetNonEnumeratedCount(out var count) ? count : null);
}
