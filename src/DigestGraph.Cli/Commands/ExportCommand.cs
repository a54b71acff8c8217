using System.CommandLine;
using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Ingest;
using DigestGraph.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph export --format neo4j-admin [--out DIR] [--strict] PATHS...</c>: builds the graph like <c>build</c>
/// and writes the CSV files <c>neo4j-admin import</c> loads into an empty database, all or nothing; prints the import
/// command. Exit codes: 0 done, 1 no papers or a write failure, 2 bad input in strict mode.
/// </summary>
public static class ExportCommand
{
    public const int ExitNoInput = 1;
    public const int ExitBadInput = 2;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Digest files (*.md, *.txt), JSON Lines files (*.jsonl) or directories holding them",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format") { Description = "Export format: neo4j-admin (CSV files for neo4j-admin import)", Required = true };
        format.AcceptOnlyFromAmong("neo4j-admin");
        var output = new Option<string>("--out") { Description = "Output directory (default: neo4j-import)", DefaultValueFactory = _ => "neo4j-import" };
        var strict = new Option<bool>("--strict") { Description = "Fail with exit code 2 on the first bad entry instead of skipping it" };
        var command = new Command("export", "Write the knowledge graph as neo4j-admin import CSV files (the bulk path into an empty Neo4j)");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(strict);
        command.SetAction((parseResult, ct) =>
        {
            using var host = AppHost.Create(new Dictionary<string, string?>());
            var console = parseResult.InvocationConfiguration;
            return Task.FromResult(Run(host.Services.GetRequiredService<IExtractor>(), parseResult.GetValue(paths) ?? [],
                parseResult.GetValue(output)!, parseResult.GetValue(strict), console.Output, console.Error, ct));
        });
        return command;
    }

    private static int Run(IExtractor extractor, IReadOnlyList<string> paths, string directory, bool strict, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        GraphPipelineResult built;
        try
        {
            built = GraphPipeline.Run(paths, strict, extractor, ct: ct);
        }
        catch (IngestException e)
        {
            stderr.WriteLine($"error: {e.Problem}");
            stderr.WriteLine("stopped: --strict does not skip bad input; nothing was written");
            return ExitBadInput;
        }
        foreach (var problem in built.Input.Problems)
            stderr.WriteLine($"skipped: {problem}");
        if (built.Input.Papers.Count == 0)
        {
            stderr.WriteLine("error: no papers in the input; nothing was written");
            return ExitNoInput;
        }

        var graph = built.Graph;
        IReadOnlyList<string> written;
        try
        {
            written = new GraphFileWriter(Neo4jAdminCsvExporter.Files()).WriteAll(graph, directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: cannot write to {directory}: {e.Message}; earlier output left as it was");
            return ExitNoInput;
        }

        stdout.WriteLine($"Papers: {graph.Papers.Count}, entities: {graph.Entities.Count}, relations: {ExportRows.Relations(graph).Count}");
        foreach (var file in written)
            stdout.WriteLine($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
        stdout.WriteLine($"Import into an empty database (stop Neo4j first), from {directory}:");
        stdout.WriteLine($"  Neo4j 5: {Neo4jAdminCsvExporter.ImportCommandNeo4j5()}");
        stdout.WriteLine($"  Neo4j 4: {Neo4jAdminCsvExporter.ImportCommandNeo4j4()}");
        stdout.WriteLine($"  Neo4j 3: {Neo4jAdminCsvExporter.ImportCommandNeo4j3()}");
        return 0;
    }
}
