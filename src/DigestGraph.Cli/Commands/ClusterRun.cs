using System.CommandLine;
using System.Globalization;
using DigestGraph.Analyse;
using DigestGraph.Cli.Progress;
using DigestGraph.Neo4j;
using DigestGraph.Pipeline;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// One run of <c>clusters</c>, by where its graph comes from: the files alone, the files written into Neo4j and the
/// stored union analysed, or Neo4j alone. Each writes clusters.md / clusters.json and prints the clusters.
/// </summary>
internal sealed class ClusterRun(TextWriter stdout, ClusterOptions options, IReadOnlyDictionary<string, string>? goldTopics, string outputDirectory)
{
    /// <summary>From the files; with <paramref name="neo4j"/>, through Neo4j (written first, then the stored union analysed).</summary>
    /// <exception cref="Neo4jException">When Neo4j refuses the write or the analysis.</exception>
    public Task<int> FromFilesAsync(CorpusCommand corpus, ParseResult parseResult, IServiceProvider services, Neo4jSettings? neo4j, CancellationToken ct) =>
        corpus.RunAsync(parseResult, services,
            (useCases, corpusOptions, token) => useCases.ClustersAsync(corpusOptions, options, goldTopics, neo4j, token),
            run => Report(run.Output!, intoNeo4j: neo4j is not null),
            ct);

    /// <summary>Null when Neo4j holds no papers.</summary>
    /// <exception cref="Neo4jException">When Neo4j refuses the analysis.</exception>
    public async Task<int?> FromNeo4jAsync(Neo4jSettings neo4j, TextWriter stderr, CancellationToken ct)
    {
        var stored = await ProgressConsole.RunAsync(stderr, progress =>
            Task.Run(() => UseCases.StoredClustersAsync(outputDirectory, options, goldTopics, neo4j, progress, ct), ct));
        return stored is null ? null : Report(stored, intoNeo4j: true);
    }

    private int Report(ClustersOutput clustered, bool intoNeo4j)
    {
        Print(clustered.Result, clustered.Agreement);
        foreach (var file in clustered.Written) stdout.WriteLine($"Wrote {CorpusCommand.DisplayPath(file)}");
        var result = clustered.Result;
        if (intoNeo4j)
            stdout.WriteLine($"Neo4j: wrote {result.PaperClusters.Count + result.EntityClusters.Count} clusters, {result.Papers.Count} papers and {result.Entities.Count} entities analysed");
        return 0;
    }

    private void Print(ClusterAnalysisResult result, TopicAgreement? agreement)
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
