using System.CommandLine;
using DigestGraph.Graph;
using DigestGraph.Neo4j;
using DigestGraph.Pipeline;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph export --format neo4j-admin [--out DIR] [--strict] PATHS...</c>: builds the graph like <c>build</c>
/// and writes the CSV files <c>neo4j-admin import</c> loads into an empty database, all or nothing; prints the import
/// command. Exit codes as <see cref="CorpusCommand"/>.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "Export format: neo4j-admin (CSV files for neo4j-admin import)", Required = true };
        format.AcceptOnlyFromAmong("neo4j-admin");
        var command = new Command("export", "Write the knowledge graph as neo4j-admin import CSV files (the bulk path into an empty Neo4j)");
        var corpus = new CorpusCommand(command);
        command.Options.Add(format);
        command.SetAction(async (parseResult, ct) =>
        {
            using var host = corpus.CreateHost(parseResult);
            var directory = CorpusCommand.OutputDirectory(host.Services);
            var stdout = parseResult.InvocationConfiguration.Output;
            return await corpus.RunAsync(parseResult, host.Services,
                (useCases, options, token) => useCases.ExportNeo4jAdminAsync(options, token),
                run =>
                {
                    var graph = run.Graph;
                    stdout.WriteLine($"Papers: {graph.Papers.Count}, entities: {graph.Entities.Count}, relations: {ExportRows.Relations(graph).Count}");
                    foreach (var file in run.Output!)
                        stdout.WriteLine($"Wrote {CorpusCommand.DisplayPath(file)}");
                    stdout.WriteLine($"Import into an empty database (stop Neo4j first), from {directory}:");
                    stdout.WriteLine($"  Neo4j 5: {Neo4jAdminCsvExporter.ImportCommandNeo4j5()}");
                    stdout.WriteLine($"  Neo4j 4: {Neo4jAdminCsvExporter.ImportCommandNeo4j4()}");
                    stdout.WriteLine($"  Neo4j 3: {Neo4jAdminCsvExporter.ImportCommandNeo4j3()}");
                    return 0;
                },
                ct);
        });
        return command;
    }
}
