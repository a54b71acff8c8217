using System.CommandLine;
using System.Globalization;
using DigestGraph.Analyse;
using DigestGraph.Export;
using DigestGraph.Progress;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph clusters PATHS... [--resolution R] [--seed S] [--out DIR] [--gold DIR] [--entity-weighting W] [--strict]</c>:
/// builds the graph as <c>build</c> does, finds labelled topic clusters of papers and entities, prints them and writes
/// clusters.md and clusters.json; with <c>--gold</c>, also the NMI of paper clusters against gold primary topics.
/// Exit codes as <see cref="CorpusCommand"/>.
/// </summary>
public static class ClustersCommand
{
    private sealed record Clustered(ClusterAnalysisResult Result, TopicAgreement? Agreement, IReadOnlyList<string> Written);

    public static Command Create()
    {
        var resolution = new Option<double>("--resolution") { Description = "Modularity resolution: higher gives more, smaller clusters", DefaultValueFactory = _ => 1.0 };
        var seed = new Option<int>("--seed") { Description = "Seed of the community detection; the same seed gives the same clusters", DefaultValueFactory = _ => 42 };
        var gold = new Option<string?>("--gold") { Description = "Gold annotation directory (*.jsonl with id and primary_topic), e.g. ../shared/eval/gold: report NMI against it" };
        var weighting = new Option<CooccurrenceWeighting>("--entity-weighting") { Description = "Entity co-occurrence weight: Count, AssociationStrength or Jaccard", DefaultValueFactory = _ => CooccurrenceWeighting.Count };
        var command = new Command("clusters", "Find labelled topic clusters of papers and entities; write clusters.md and clusters.json");
        var corpus = new CorpusCommand(command);
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

            using var host = corpus.CreateHost(parseResult);
            var outputDirectory = CorpusCommand.OutputDirectory(host.Services);
            return await corpus.RunAsync(parseResult, host.Services,
                (graph, progress, _) =>
                {
                    progress.Report(new StageProgress("analyse", 0, null));
                    var result = ClusterAnalysis.Run(graph, options);
                    progress.Report(StageProgress.Finished("analyse", graph.Papers.Count + graph.Entities.Count));
                    var agreement = goldTopics is null ? null : TopicAgreement.Evaluate(result, goldTopics);
                    return Task.FromResult(new Clustered(result, agreement, ClusterReportWriter.Write(result, outputDirectory, agreement)));
                },
                (_, clustered) =>
                {
                    Print(stdout, clustered.Result, clustered.Agreement);
                    foreach (var file in clustered.Written) stdout.WriteLine($"Wrote {CorpusCommand.DisplayPath(file)}");
                    return 0;
                },
                ct);
        });
        return command;
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
