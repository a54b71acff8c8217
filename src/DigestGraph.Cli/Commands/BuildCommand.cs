using System.CommandLine;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Pipeline;
using DigestGraph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph build PATHS... [--out DIR] [--strict] [--categories LIST] [--neo4j URI]</c>: reads digests, extracts every paper, builds
/// the graph in memory, finds its topic clusters, and writes the output directory all or nothing: graph.json,
/// graph.graphml, graph.cypher, clusters.md, clusters.json and report.html; with Neo4j configured, then writes the graph
/// into it and replaces the analysis stored there with that of the union of every ingest. Prints a summary. Exit codes as <see cref="CorpusCommand"/>, and 3 for a Neo4j error.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var command = new Command("build", "Build the knowledge graph from digests; write the graph files, clusters and report.html");
        var corpus = new CorpusCommand(command);
        var neo4j = new Neo4jOptions();
        neo4j.AddTo(command);
        command.SetAction(async (parseResult, ct) =>
        {
            var overrides = neo4j.Overrides(parseResult);
            using var host = corpus.CreateHost(parseResult, overrides);
            var settings = Neo4jOptions.Resolve(overrides, host.Services.GetRequiredService<IConfiguration>());
            var outputDirectory = CorpusCommand.OutputDirectory(host.Services);
            var stdout = parseResult.InvocationConfiguration.Output;
            try
            {
                return await corpus.RunAsync(parseResult, host.Services,
                    (useCases, options, token) => useCases.BuildAsync(options, settings, token),
                    run =>
                    {
                        WriteSummary(stdout, run);
                        return 0;
                    },
                    ct);
            }
            catch (Neo4jException e)
            {
                var stderr = parseResult.InvocationConfiguration.Error;
                stderr.WriteLine($"error: {e.Message}");
                stderr.WriteLine($"the files in {outputDirectory} were left as they were; Neo4j holds whole batches only, and the next build completes it");
                return Neo4jOptions.ExitNeo4jError;
            }
        });
        return command;
    }

    private static void WriteSummary(TextWriter stdout, CorpusRun<BuildOutput> run)
    {
        var graph = run.Graph;
        var built = run.Output!;
        var relations = ExportRows.Relations(graph);
        stdout.WriteLine($"Papers: {graph.Papers.Count} ({run.Input.Problems.Count} skipped)");
        stdout.WriteLine($"Entities: {graph.Entities.Count}");
        foreach (var type in Enum.GetValues<EntityType>())
            stdout.WriteLine($"  {type,-14}{graph.Entities.Count(e => e.Type == type),6}");
        stdout.WriteLine($"Relations: {relations.Count}");
        foreach (var type in Enum.GetValues<RelationType>())
            stdout.WriteLine($"  {type.Name(),-14}{relations.Count(r => r.Type == type),6}");
        stdout.WriteLine($"Topics: {ExportRows.Topics(graph).Count}");
        stdout.WriteLine($"Paper clusters: {built.Analysis.PaperClusters.Count(c => c.Size > 1)} (modularity {built.Analysis.PaperGraph.Modularity:F3})");
        foreach (var file in built.Written)
            stdout.WriteLine($"Wrote {CorpusCommand.DisplayPath(file)}");
        if (built.Neo4j is { } neo4j)
            stdout.WriteLine($"Neo4j: {neo4j.PapersWritten} papers written, {neo4j.PapersUnchanged} unchanged, {neo4j.ElementsWritten} elements in {neo4j.Batches} batches");
        if (built.Stored is { } stored)
            stdout.WriteLine($"Neo4j analysis: {stored.Papers.Count} papers and {stored.Entities.Count} entities in {stored.PaperClusters.Count + stored.EntityClusters.Count} clusters");
    }
}
