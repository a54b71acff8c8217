using System.CommandLine;
using System.Globalization;
using DigestGraph.Analyse;
using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph clusters PATHS... [--resolution R] [--seed S] [--out DIR] [--gold DIR] [--entity-weighting W] [--strict]</c>:
/// builds the graph as <c>build</c> does, finds labelled topic clusters of papers and entities, prints them and writes
/// clusters.md and clusters.json; with <c>--gold</c>, also the NMI of paper clusters against gold primary topics.
/// Exit codes: 0 done, 1 no papers or a failure, 2 bad input in strict mode.
/// </summary>
public static class ClustersCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Digest files (*.md, *.txt), JSON Lines files (*.jsonl) or directories holding them",
            Arity = ArgumentArity.OneOrMore,
        };
        var resolution = new Option<double>("--resolution") { Description = "Modularity resolution: higher gives more, smaller clusters", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Seed of the community detection; the same seed gives the same clusters", DefaultValueFactory = _ => 42 };
        var output = new Option<string?>("--out") { Description = "Output directory (default: configuration DigestGraph:Output, which is 'out')" };
        var gold = new Option<string?>("--gold") { Description = "Gold annotation directory (*.jsonl with id and primary_topic), e.g. ../shared/eval/gold: report NMI against it" };
        var weighting = new Option<CooccurrenceWeighting>("--entity-weighting") { Description = "Entity co-occurrence weight: Count, AssociationStrength or Jaccard", DefaultValueFactory = _ => CooccurrenceWeighting.Count };
        var strict = new Option<bool>("--strict") { Description = "Fail with exit code 2 on the first bad entry instead of skipping it" };
        var command = new Command("clusters", "Find labelled topic clusters of papers and entities; write clusters.md and clusters.json");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { resolution, seed, output, gold, weighting, strict }) command.Options.Add(option);
        command.SetAction((parseResult, ct) =>
        {
            var overrides = new Dictionary<string, string?>
            {
                ["DigestGraph:Output"] = parseResult.GetValue(output),
                ["DigestGraph:Strict"] = parseResult.GetValue(strict) ? "true" : null,
            };
            using var host = AppHost.Create(overrides);
            var options = new ClusterOptions
            {
                Resolution = parseResult.GetValue(resolution),
                Seed = parseResult.GetValue(seed),
                EntityWeighting = parseResult.GetValue(weighting),
            };
            var console = parseResult.InvocationConfiguration;
            return Task.FromResult(Run(host.Services, parseResult.GetValue(paths) ?? [], options, parseResult.GetValue(gold), console.Output, console.Error, ct));
        });
        return command;
    }

    private static int Run(IServiceProvider services, IReadOnlyList<string> paths, ClusterOptions options, string? goldDirectory,
        TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("DigestGraph.Clusters");
        var outputDirectory = configuration["DigestGraph:Output"] is { Length: > 0 } configured ? configured : "out";
        if (options.Resolution <= 0)
        {
            stderr.WriteLine($"error: --resolution must be positive, got {options.Resolution.ToString(CultureInfo.InvariantCulture)}");
            return BuildCommand.ExitNoInput;
        }

        IReadOnlyDictionary<string, string>? gold = null;
        try
        {
            if (goldDirectory is not null) gold = GoldTopics.Load(goldDirectory);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            stderr.WriteLine($"error: {e.Message}; nothing was written");
            return BuildCommand.ExitNoInput;
        }

        IngestResult input;
        try
        {
            input = new CorpusReader(configuration.GetValue<bool>("DigestGraph:Strict")).Read(paths);
        }
        catch (IngestException e)
        {
            stderr.WriteLine($"error: {e.Problem}");
            stderr.WriteLine("stopped: --strict does not skip bad input; nothing was written");
            return BuildCommand.ExitBadInput;
        }
        foreach (var problem in input.Problems) stderr.WriteLine($"skipped: {problem}");
        if (input.Papers.Count == 0)
        {
            stderr.WriteLine("error: no papers in the input; nothing was written");
            return BuildCommand.ExitNoInput;
        }

        log.LogInformation("Extracting {Count} papers", input.Papers.Count);
        var extractor = services.GetRequiredService<IExtractor>();
        var graph = new GraphBuilder()
            .AddRange(input.Papers.AsParallel().AsOrdered().WithCancellation(ct).Select(extractor.Extract).ToArray())
            .Build();
        log.LogInformation("Analysing {Papers} papers and {Entities} entities", graph.Papers.Count, graph.Entities.Count);
        var result = ClusterAnalysis.Run(graph, options);
        var agreement = gold is null ? null : TopicAgreement.Evaluate(result, gold);

        IReadOnlyList<string> written;
        try
        {
            written = ClusterReportWriter.Write(result, outputDirectory, agreement);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write to {outputDirectory}: {e.Message}; earlier output left as it was");
            return BuildCommand.ExitNoInput;
        }

        Print(stdout, result, agreement);
        foreach (var file in written) stdout.WriteLine($"Wrote {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
        return 0;
    }

    private static void Print(TextWriter stdout, ClusterAnalysisResult result, TopicAgreement? agreement)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var (name, summary, clusters) in new[]
        {
            ("Paper clusters", result.PaperGraph, result.PaperClusters),
            ("Entity clusters", result.EntityGraph, result.EntityClusters),
        })
        {
            var grouped = clusters.Where(c => c.Size > 1).ToArray();
            stdout.WriteLine(string.Format(inv, "{0}: {1} clusters of 2 or more ({2} single), modularity {3:F4}, {4} nodes, {5} edges",
                name, grouped.Length, clusters.Count - grouped.Length, summary.Modularity, summary.Nodes, summary.Edges));
            foreach (var c in grouped)
            {
                stdout.WriteLine($"  {c.Id,-5}{c.Size,5}  {c.Label}");
                foreach (var p in c.RepresentativePapers) stdout.WriteLine($"  {"",10}  {p.Id}  {p.Title}");
            }
        }
        if (agreement is not null)
            stdout.WriteLine(string.Format(inv, "Gold primary topics: NMI {0:F4} (arithmetic mean; clusters of the same sizes dealt at random score {1:F4}) over {2} papers, {3} topics vs {4} clusters; modularity {5:F4}",
                agreement.NormalizedMutualInformation, agreement.ChanceBaseline, agreement.Papers, agreement.GoldTopics, agreement.Clusters, agreement.Modularity));
    }
}
