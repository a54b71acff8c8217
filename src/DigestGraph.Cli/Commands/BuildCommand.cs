using System.CommandLine;
using DigestGraph.Analyse;
using DigestGraph.Export;
using DigestGraph.Export.Report;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Pipeline;
using DigestGraph.Progress;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph build PATHS... [--out DIR] [--strict]</c>: reads digests, extracts every paper, builds the graph in
/// memory, finds its topic clusters, and writes the output directory all or nothing: graph.json, graph.graphml,
/// graph.cypher, clusters.md, clusters.json and report.html; prints a summary. Exit codes as <see cref="CorpusCommand"/>.
/// </summary>
public static class BuildCommand
{
    private sealed record Built(ClusterAnalysisResult Analysis, IReadOnlyList<string> Written);

    public static Command Create()
    {
        var command = new Command("build", "Build the knowledge graph from digests; write the graph files, clusters and report.html");
        var corpus = new CorpusCommand(command);
        command.SetAction(async (parseResult, ct) =>
        {
            using var host = corpus.CreateHost(parseResult);
            var outputDirectory = CorpusCommand.OutputDirectory(host.Services);
            var stdout = parseResult.InvocationConfiguration.Output;
            return await corpus.RunAsync(parseResult, host.Services,
                (graph, progress, _) => Task.FromResult(AnalyseAndWrite(graph, outputDirectory, progress)),
                (pipeline, built) =>
                {
                    WriteSummary(stdout, pipeline, built);
                    return 0;
                },
                ct);
        });
        return command;
    }

    private static Built AnalyseAndWrite(KnowledgeGraph graph, string outputDirectory, IProgress<StageProgress> progress)
    {
        progress.Report(new StageProgress("analyse", 0, null));
        var analysis = ClusterAnalysis.Run(graph);
        progress.Report(StageProgress.Finished("analyse", graph.Papers.Count + graph.Entities.Count));

        progress.Report(new StageProgress("write", 0, null));
        var exporters = new GraphFileWriter([.. GraphFileWriter.CreateDefault().Exporters, new HtmlReportExporter(ReportAnalysis.From(analysis, graph))]);
        var files = exporters.Files(graph).Concat(ClusterReportWriter.Files(analysis)).ToArray();
        var written = StagedFileWriter.WriteAll(outputDirectory, files);
        progress.Report(StageProgress.Finished("write", written.Count));
        return new Built(analysis, written);
    }

    private static void WriteSummary(TextWriter stdout, GraphPipelineResult pipeline, Built built)
    {
        var graph = pipeline.Graph;
        var relations = ExportRows.Relations(graph);
        stdout.WriteLine($"Papers: {graph.Papers.Count} ({pipeline.Input.Problems.Count} skipped)");
        stdout.WriteLine($"Entities: {graph.Entities.Count}");
        foreach (var type in Enum.GetValues<EntityType>())
            stdout.WriteLine($"  {type,-14}{graph.Entities.Count(e => e.Type == type),6}");
        stdout.WriteLine($"Relations: {relations.Count}");
        foreach (var type in Enum.GetValues<RelationType>())
            stdout.WriteLine($"  {type,-14}{relations.Count(r => r.Type == type),6}");
        stdout.WriteLine($"Topics: {ExportRows.Topics(graph).Count}");
        stdout.WriteLine($"Paper clusters: {built.Analysis.PaperClusters.Count(c => c.Size > 1)} (modularity {built.Analysis.PaperGraph.Modularity:F3})");
        foreach (var file in built.Written)
            stdout.WriteLine($"Wrote {CorpusCommand.DisplayPath(file)}");
    }
}
