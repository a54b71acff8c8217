using System.Diagnostics;
using System.Globalization;
using DigestGraph.Neo4jTestServer;
using DigestGraph.Neo4j;

namespace DigestGraph.Benchmarks;

/// <summary>
/// <c>neo4j-write [--papers N] [--batch-sizes 1000,5000,20000] [--writers 1,2] [--neo4j URI]</c>: writes a synthetic
/// graph of N papers (default 100,000) into an empty Neo4j once per batch size and number of concurrent writers
/// (default 1) and reports graph elements written per second; the smallest batch size with the fewest writers is the
/// baseline the others are compared with. Then writes the same graph again to time the unchanged-paper check.
/// Without --neo4j a private Neo4j 3.1.1 is provisioned per run (see tools/Neo4jTestServer);
/// with it (password from NEO4J_PASSWORD) that database is emptied before each run. The server's and the client's
/// processor seconds are printed too: on a shared machine they tell what the elapsed time cannot.
/// </summary>
internal static class Neo4jWriteBenchmark
{
    private const double TargetElementsPerSecond = 20_000;

    // Large batches on a busy machine can take minutes; a time-out would end the measurement, not speed it up.
    private static readonly TimeSpan BatchTimeout = TimeSpan.FromMinutes(15);

    public static int Run(string[] args)
    {
        int papers = 100_000;
        int[] batchSizes = [1_000, 5_000];
        int[] writers = [1];
        Uri? external = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--papers": papers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--batch-sizes": batchSizes = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToArray(); break;
                case "--writers": writers = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToArray(); break;
                case "--neo4j": external = Neo4jSettingsResolver.ParseUri(args[i + 1]); break;
                default: Console.Error.WriteLine($"error: unknown option {args[i]} (known: --papers, --batch-sizes, --writers, --neo4j)"); return 2;
            }
        }
        if (args.Length % 2 != 0)
        {
            Console.Error.WriteLine($"error: option {args[^1]} needs a value");
            return 2;
        }
        return MeasureAsync(papers, batchSizes, writers, external).GetAwaiter().GetResult();
    }

    private static async Task<int> MeasureAsync(int paperCount, int[] batchSizes, int[] writerCounts, Uri? external)
    {
        var clock = Stopwatch.StartNew();
        var graph = SyntheticPaperGraph.Create(paperCount);
        Console.WriteLine($"Synthetic graph: {graph.Papers.Count:N0} papers, {graph.Entities.Count:N0} entities, {graph.Mentions.Count:N0} mentions, " +
                          $"{graph.Relations.Count:N0} relations (built in {clock.Elapsed.TotalSeconds:0.0} s)");
        Console.WriteLine($"{"batch",8} {"writers",7} {"transactions",12} {"elements",12} {"created",12} {"seconds",8} {"elements/s",11} {"created/s",10} {"vs baseline",11} {"server cpu s",12} {"client cpu s",12}");

        double? baseline = null;
        WriteSummary? last = null;
        Neo4jSettings? lastSettings = null;
        LocalNeo4jServer? server = null;
        try
        {
            foreach (var (batchSize, writers) in batchSizes.SelectMany(b => writerCounts.Select(w => (b, w))))
            {
                server?.Dispose();
                server = null;
                Neo4jSettings settings;
                if (external is null)
                {
                    server = await LocalNeo4jServer.StartAsync(heap: "2g", pageCache: "1g");
                    settings = new Neo4jSettings { Uri = server.HttpUri, User = server.User, Password = server.Password, BatchSize = batchSize, Writers = writers, Timeout = BatchTimeout };
                }
                else
                {
                    settings = new Neo4jSettings
                    {
                        Uri = external, User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "", BatchSize = batchSize, Writers = writers, Timeout = BatchTimeout,
                    };
                    await EmptyAsync(settings);
                }

                using var store = new Neo4jGraphStore(settings);
                var serverCpu = server?.ProcessorTime ?? TimeSpan.Zero;
                var clientCpu = Process.GetCurrentProcess().TotalProcessorTime;
                var summary = await store.WriteAsync(graph);
                serverCpu = (server?.ProcessorTime ?? TimeSpan.Zero) - serverCpu;
                clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpu;
                var created = summary.Changes.NodesCreated + summary.Changes.RelationshipsCreated;
                var rate = summary.ElementsPerSecond;
                baseline ??= rate;
                Console.WriteLine($"{batchSize,8:N0} {writers,7} {summary.Batches,12:N0} {summary.ElementsWritten,12:N0} {created,12:N0} {summary.Elapsed.TotalSeconds,8:0.0} " +
                                  $"{rate,11:N0} {created / summary.Elapsed.TotalSeconds,10:N0} {rate / baseline.Value,10:0.00}x " +
                                  $"{(server is null ? "n/a" : serverCpu.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)),12} {clientCpu.TotalSeconds,12:0.0}");
                last = summary;
                lastSettings = settings;
            }

            // The same input again: every paper's fingerprint matches, nothing is written.
            using var again = new Neo4jGraphStore(lastSettings!);
            var rerun = await again.WriteAsync(graph);
            Console.WriteLine($"Rerun with the same graph: {rerun.PapersUnchanged:N0} papers unchanged, {rerun.Batches} transactions, " +
                              $"{rerun.Elapsed.TotalSeconds:0.0} s ({rerun.Papers / rerun.Elapsed.TotalSeconds:N0} papers/s checked)");
        }
        finally
        {
            server?.Dispose();
        }

        var best = last!.ElementsPerSecond;
        Console.WriteLine($"Target {TargetElementsPerSecond:N0} elements/s at the largest batch size: {(best >= TargetElementsPerSecond ? "met" : "NOT met")} ({best:N0})");
        return 0;
    }

    /// <summary>Deletes everything in chunks, so one transaction never holds the whole graph.</summary>
    private static async Task EmptyAsync(Neo4jSettings settings)
    {
        using var client = new Neo4jHttpClient(settings);
        while ((await client.RunAsync(new CypherStatement("MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*)"))).Rows[0][0].GetInt64() > 0)
        {
        }
    }
}
