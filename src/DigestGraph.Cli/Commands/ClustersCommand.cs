using System.CommandLine;
using System.Globalization;
using DigestGraph.Analyse;
using DigestGraph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph clusters PATHS... [--resolution R] [--seed S] [--out DIR] [--gold DIR] [--entity-weighting W] [--strict] [--neo4j URI]</c>:
/// builds the graph as <c>build</c> does, finds labelled topic clusters of papers and entities, prints them and writes
/// clusters.md and clusters.json; with <c>--gold</c>, also the NMI of paper clusters against gold primary topics.
/// With Neo4j configured, PATHS are optional: their papers are written into Neo4j first, then the graph stored there
/// (the union of every ingest) is analysed instead, and the analysis is written back into Neo4j as well.
/// Exit codes as <see cref="CorpusCommand"/>, and 3 for a Neo4j error.
/// </summary>
public static class ClustersCommand
{
    public static Command Create()
    {
        var resolution = new Option<double>("--resolution") { Description = "Modularity resolution: higher gives more, smaller clusters", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Seed of the community detection; the same seed gives the same clusters", DefaultValueFactory = _ => 42 };
        var gold = new Option<string?>("--gold") { Description = "Gold annotation directory (*.jsonl with id and primary_topic), e.g. eval/gold: report NMI against it" };
        var weighting = new Option<CooccurrenceWeighting>("--entity-weighting") { Description = "Entity co-occurrence weight: Count, AssociationStrength or Jaccard", DefaultValueFactory = _ => CooccurrenceWeighting.Count };
        var command = new Command("clusters", "Find labelled topic clusters of papers and entities; write clusters.md and clusters.json (and into Neo4j with --neo4j)");
        var corpus = new CorpusCommand(command);
        corpus.Paths.Arity = ArgumentArity.ZeroOrMore; // with Neo4j the stored graph is analysed, so no file is needed
        var neo4j = new Neo4jOptions();
        neo4j.AddTo(command);
        foreach (var option in new Option[] { resolution, seed, gold, weighting }) command.Options.Add(option);
        command.SetAction(async (parseResult, ct) =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = new ClusterOptions
            {
                Resolution = parseResult.GetValue(resolution),
                Seed = parseResult.GetValue(seed),
                EntityWeighting = parseResult.GetValue(weighting),
            };
            if (options.Resolution <= 0)
            {
                stderr.WriteLine($"error: --resolution must be positive, got {options.Resolution.ToString(CultureInfo.InvariantCulture)}");
                return CorpusCommand.ExitFailure;
            }
            IReadOnlyDictionary<string, string>? goldTopics = null;
            try
            {
                if (parseResult.GetValue(gold) is { } goldDirectory) goldTopics = GoldTopics.Load(goldDirectory);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                stderr.WriteLine($"error: {e.Message}; nothing was written");
                return CorpusCommand.ExitFailure;
            }

            var overrides = neo4j.Overrides(parseResult);
            using var host = corpus.CreateHost(parseResult, overrides);
            var settings = Neo4jOptions.Resolve(overrides, host.Services.GetRequiredService<IConfiguration>());
            var outputDirectory = CorpusCommand.OutputDirectory(host.Services);
            var hasPaths = parseResult.GetValue(corpus.Paths) is { Length: > 0 };
            if (settings is null && !hasPaths)
            {
                stderr.WriteLine("error: give digest PATHS, or --neo4j URI to analyse the graph stored in Neo4j");
                return CorpusCommand.ExitFailure;
            }

            var run = new ClusterRun(stdout, options, goldTopics, outputDirectory);
            if (settings is null) return await run.FromFilesAsync(corpus, parseResult, host.Services, null, ct);

            try
            {
                if (hasPaths) return await run.FromFilesAsync(corpus, parseResult, host.Services, settings, ct);
                var stored = await run.FromNeo4jAsync(settings, stderr, ct);
                if (stored is not null) return stored.Value;
                stderr.WriteLine($"error: Neo4j at {settings.DisplayUri} holds no papers; nothing was written");
                return CorpusCommand.ExitFailure;
            }
            catch (Neo4jException e)
            {
                stderr.WriteLine($"error: {e.Message}");
                return Neo4jOptions.ExitNeo4jError;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot write to {outputDirectory}: {e.Message}; the analysis in Neo4j was written");
                return CorpusCommand.ExitFailure;
            }
        });
        return command;
    }
}
