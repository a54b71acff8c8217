using DigestGraph.Analyse;
using DigestGraph.Export;
using DigestGraph.Export.Report;
using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Graph;
using DigestGraph.Neo4j;
using DigestGraph.Progress;

namespace DigestGraph.Pipeline;

/// <summary>
/// The use cases of DigestGraph, run from options, with progress reported to <paramref name="progress"/>: build,
/// report, clusters and export. <paramref name="lexicon"/> is the one <paramref name="extractor"/> was built with. Each writes its output directory all or nothing (<see cref="StagedOutput"/>).
/// </summary>
public sealed class UseCases(IExtractor extractor, EntityLexicon lexicon, IProgress<StageProgress>? progress = null)
{
    /// <summary>
    /// Reads, extracts, builds and analyses the graph, and writes graph.json, graph.graphml, graph.cypher, report.html,
    /// clusters.md and clusters.json; with <paramref name="neo4j"/>, writes the graph into Neo4j and analyses the stored
    /// union first, and switches the files in only once Neo4j has taken it all.
    /// </summary>
    /// <exception cref="Ingest.IngestException">In strict mode, on the first bad entry.</exception>
    /// <exception cref="Neo4jException">When Neo4j refuses the work; the output directory is then as it was.</exception>
    /// <exception cref="IOException">When the files cannot be written; the output directory is then as it was.</exception>
    public Task<CorpusRun<BuildOutput>> BuildAsync(CorpusOptions corpus, Neo4jSettings? neo4j, CancellationToken ct = default) =>
        UseCase.OverCorpusAsync(corpus, extractor, lexicon, progress, async graph =>
        {
            var analysis = ClusterAnalysis.Run(graph, progress: progress);
            progress?.Report(new StageProgress("write", 0, null));
            IGraphExporter[] formats = [.. OutputFormats.GraphFiles(), new HtmlReportExporter(ReportAnalysis.From(analysis, graph), progress)];
            using var staged = StagedOutput.Stage(corpus.OutputDirectory,
                new GraphFileWriter(formats).Files(graph).Concat(ClusterReportWriter.Files(analysis)), progress);
            WriteSummary? summary = null;
            ClusterAnalysisResult? stored = null;
            if (neo4j is not null)
            {
                using var store = new Neo4jGraphStore(neo4j);
                summary = await store.WriteAsync(graph, WriteStage(progress), ct).ConfigureAwait(false);
                stored = await StoredGraphAnalysis.RunAsync(store, analysis.Options, progress, ct).ConfigureAwait(false);
            }
            var written = staged.Commit();
            progress?.Report(StageProgress.Finished("write", written.Count));
            return new BuildOutput(analysis, written, summary, stored);
        }, ct);

    /// <summary>Reads, extracts, builds and analyses the graph, and writes report.html alone; returns its path.</summary>
    /// <exception cref="Ingest.IngestException">In strict mode, on the first bad entry.</exception>
    public Task<CorpusRun<string>> ReportAsync(CorpusOptions corpus, CancellationToken ct = default) =>
        UseCase.OverCorpusAsync(corpus, extractor, lexicon, progress, graph =>
        {
            var analysis = ReportAnalysis.From(ClusterAnalysis.Run(graph, progress: progress), graph);
            var path = Path.Combine(corpus.OutputDirectory, HtmlReportWriter.FileName);
            HtmlReportWriter.Write(graph, analysis, path, progress);
            return Task.FromResult(path);
        }, ct);

    /// <summary>
    /// Reads, extracts and builds the graph and finds its clusters; without Neo4j, of the graph in memory, with Neo4j,
    /// of the stored union after the graph was written into it (the analysis is written back as well). Writes
    /// clusters.md and clusters.json (after Neo4j), with the agreement with <paramref name="goldTopics"/> when given.
    /// </summary>
    /// <exception cref="Ingest.IngestException">In strict mode, on the first bad entry.</exception>
    /// <exception cref="Neo4jException">When Neo4j refuses the work.</exception>
    public Task<CorpusRun<ClustersOutput>> ClustersAsync(CorpusOptions corpus, ClusterOptions options,
        IReadOnlyDictionary<string, string>? goldTopics, Neo4jSettings? neo4j, CancellationToken ct = default) =>
        UseCase.OverCorpusAsync(corpus, extractor, lexicon, progress, async graph =>
        {
            if (neo4j is null)
                return WriteClusters(ClusterAnalysis.Run(graph, options, progress), goldTopics, corpus.OutputDirectory);
            using var store = new Neo4jGraphStore(neo4j);
            await store.WriteAsync(graph, WriteStage(progress), ct).ConfigureAwait(false);
            var stored = await StoredGraphAnalysis.RunAsync(store, options, progress, ct).ConfigureAwait(false);
            return WriteClusters(stored!, goldTopics, corpus.OutputDirectory);
        }, ct);

    /// <summary>The clusters of the graph stored in Neo4j alone, written back into it and into the files; null when Neo4j holds no paper.</summary>
    /// <exception cref="Neo4jException">When Neo4j refuses the work.</exception>
    public static async Task<ClustersOutput?> StoredClustersAsync(string outputDirectory, ClusterOptions options,
        IReadOnlyDictionary<string, string>? goldTopics, Neo4jSettings neo4j, IProgress<StageProgress>? progress = null, CancellationToken ct = default)
    {
        using var store = new Neo4jGraphStore(neo4j);
        var stored = await StoredGraphAnalysis.RunAsync(store, options, progress, ct).ConfigureAwait(false);
        return stored is null ? null : WriteClusters(stored, goldTopics, outputDirectory);
    }

    /// <summary>Reads, extracts and builds the graph, and writes the CSV files neo4j-admin import loads into an empty database.</summary>
    /// <exception cref="Ingest.IngestException">In strict mode, on the first bad entry.</exception>
    /// <exception cref="InvalidDataException">When a value cannot be written as CSV; the output directory is then as it was.</exception>
    public Task<CorpusRun<IReadOnlyList<string>>> ExportNeo4jAdminAsync(CorpusOptions corpus, CancellationToken ct = default) =>
        UseCase.OverCorpusAsync(corpus, extractor, lexicon, progress,
            graph => Task.FromResult(new GraphFileWriter(Neo4jAdminCsvExporter.Files()).WriteAll(graph, corpus.OutputDirectory)), ct);

    /// <summary>Reads, extracts and builds the graph, and gives its QuikGraph view, which <c>ask</c> answers questions on; writes nothing.</summary>
    /// <exception cref="Ingest.IngestException">In strict mode, on the first bad entry.</exception>
    public async Task<KnowledgeGraphView> AskViewAsync(CorpusOptions corpus, CancellationToken ct = default)
    {
        var run = await UseCase.OverCorpusAsync(corpus, extractor, lexicon, progress, graph => Task.FromResult(KnowledgeGraphView.From(graph)), ct).ConfigureAwait(false);
        return run.Output ?? KnowledgeGraphView.From(run.Graph);
    }

    private static ClustersOutput WriteClusters(ClusterAnalysisResult result, IReadOnlyDictionary<string, string>? goldTopics, string directory)
    {
        var agreement = goldTopics is null ? null : TopicAgreement.Evaluate(result, goldTopics);
        return new ClustersOutput(result, agreement, ClusterReportWriter.Write(result, directory, agreement));
    }

    /// <summary>Write progress shown as the "neo4j" stage.</summary>
    private static IProgress<WriteProgress>? WriteStage(IProgress<StageProgress>? progress) =>
        progress?.Map<WriteProgress>(w => new StageProgress("neo4j", w.PapersDone, w.PapersTotal, w.PapersDone == w.PapersTotal));
}
