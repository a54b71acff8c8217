using System.CommandLine;
using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph build PATHS... [--out DIR] [--strict]</c>: reads digests, extracts every paper, builds the graph in
/// memory and writes it to the output directory as JSON, GraphML and a Cypher script; prints a summary.
/// Exit codes: 0 done, 1 no papers or a failure, 2 bad input in strict mode.
/// </summary>
public static class BuildCommand
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
        var output = new Option<string?>("--out")
        {
            Description = "Output directory (default: configuration DigestGraph:Output, which is 'out')",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Fail with exit code 2 on the first bad entry instead of skipping it",
        };
        var command = new Command("build", "Build the knowledge graph from digests; write graph.json, graph.graphml and graph.cypher");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(strict);
        command.SetAction((parseResult, ct) =>
        {
            var overrides = new Dictionary<string, string?>
            {
                ["DigestGraph:Output"] = parseResult.GetValue(output),
                ["DigestGraph:Strict"] = parseResult.GetValue(strict) ? "true" : null,
            };
            using var host = AppHost.Create(overrides);
            var console = parseResult.InvocationConfiguration;
            return Task.FromResult(Run(host.Services, parseResult.GetValue(paths) ?? [], console.Output, console.Error, ct));
        });
        return command;
    }

    private static int Run(IServiceProvider services, IReadOnlyList<string> paths, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("DigestGraph.Build");
        var strict = configuration.GetValue<bool>("DigestGraph:Strict");
        var outputDirectory = configuration["DigestGraph:Output"] is { Length: > 0 } configured ? configured : "out";

        IngestResult input;
        try
        {
            input = new CorpusReader(strict).Read(paths);
        }
        catch (IngestException e)
        {
            stderr.WriteLine($"error: {e.Problem}");
            stderr.WriteLine("stopped: strict mode does not skip bad input; nothing was written");
            return ExitBadInput;
        }
        foreach (var problem in input.Problems)
            stderr.WriteLine($"skipped: {problem}");
        if (input.Papers.Count == 0)
        {
            stderr.WriteLine("error: no papers in the input; nothing was written");
            return ExitNoInput;
        }

        log.LogInformation("Extracting {Count} papers", input.Papers.Count);
        var extractor = services.GetRequiredService<IExtractor>();
        var extractions = input.Papers
            .AsParallel()
            .AsOrdered()
            .WithCancellation(ct)
            .Select(extractor.Extract)
            .ToArray();
        var graph = new GraphBuilder().AddRange(extractions).Build();

        IReadOnlyList<string> written;
        try
        {
            written = GraphFileWriter.CreateDefault().WriteAll(graph, outputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write to {outputDirectory}: {e.Message}; earlier output left as it was");
            return ExitNoInput;
        }

        WriteSummary(stdout, graph, input.Problems.Count, written);
        return 0;
    }

    private static void WriteSummary(TextWriter stdout, KnowledgeGraph graph, int skipped, IReadOnlyList<string> written)
    {
        var relations = ExportRows.Relations(graph);
        stdout.WriteLine($"Papers: {graph.Papers.Count} ({skipped} skipped)");
        stdout.WriteLine($"Entities: {graph.Entities.Count}");
        foreach (var type in Enum.GetValues<EntityType>())
            stdout.WriteLine($"  {type,-14}{graph.Entities.Count(e => e.Type == type),6}");
        stdout.WriteLine($"Relations: {relations.Count}");
        foreach (var type in Enum.GetValues<RelationType>())
            stdout.WriteLine($"  {type,-14}{relations.Count(r => r.Type == type),6}");
        stdout.WriteLine($"Topics: {ExportRows.Topics(graph).Count}");
        foreach (var file in written)
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
            stdout.WriteLine($"Wrote {(relative.StartsWith("..", StringComparison.Ordinal) ? file : relative)}");
        }
    }
}
