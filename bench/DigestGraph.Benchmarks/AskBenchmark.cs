using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DigestGraph.Export;
using DigestGraph.Graph;
using DigestGraph.Neo4jTestServer;
using DigestGraph.Query;
using DigestGraph.Neo4j;

namespace DigestGraph.Benchmarks;

/// <summary>
/// <c>ask [--papers N] [--neo4j URI] [--no-neo4j]</c>: writes the graph.json of a synthetic graph of N papers (default
/// 100,000), times loading it into the QuikGraph view with its name index (baseline: parsing the same file into a
/// JsonDocument alone), then answers every question of <c>ask</c> twice (the first includes the JIT) and runs the
/// same saved Cypher, with the same arguments, twice in Neo4j 3.1.1 holding the same graph (provisioned per run, or
/// the database at --neo4j, emptied first; password from NEO4J_PASSWORD). Times are processor seconds (this process's,
/// and the provisioned server's): on a shared machine they tell what elapsed time cannot.
/// </summary>
internal static class AskBenchmark
{
    private const double TargetLoadSeconds = 5, TargetAnswerSeconds = 0.5;

    /// <summary>Arguments that reach popular entities of <see cref="SyntheticPaperGraph"/>: the costly case.</summary>
    private static readonly Dictionary<string, Dictionary<string, object?>> Arguments = new()
    {
        ["models-that-beat-a-model"] = new() { ["model"] = "Pool Model 0" },
        ["benchmark-leaderboard"] = new() { ["benchmark"] = "Pool Benchmark 3" },
        ["most-used-benchmarks"] = new(),
        ["organization-models"] = new() { ["organization"] = "Pool Organization 4" },
        ["closest-papers"] = new() { ["paper"] = "2401.00042" },
        ["shortest-path-between-entities"] = new() { ["from"] = "Model-5", ["to"] = "Model-7777" },
        ["topics-by-month"] = new(),
        ["model-lineage"] = new() { ["model"] = "Model-1234" },
        ["paper-claims"] = new() { ["paper"] = "2401.00042" },
        ["co-mentioned-entities"] = new() { ["entity"] = "Pool Metric 5" },
        ["introduced-per-month"] = new(),
    };

    public static int Run(string[] args)
    {
        var papers = 100_000;
        Uri? external = null;
        var neo4j = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--papers" when i + 1 < args.Length: papers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--neo4j" when i + 1 < args.Length: external = Neo4jSettingsResolver.ParseUri(args[++i]); break;
                case "--no-neo4j": neo4j = false; break;
                default: Console.Error.WriteLine($"error: unknown option {args[i]} (known: --papers N, --neo4j URI, --no-neo4j)"); return 2;
            }
        }
        return MeasureAsync(papers, neo4j, external).GetAwaiter().GetResult();
    }

    private static async Task<int> MeasureAsync(int paperCount, bool neo4j, Uri? external)
    {
        var file = Path.Combine(Path.GetTempPath(), $"digestgraph-ask-bench-{Environment.ProcessId}.json");
        try
        {
            WriteSynthetic(paperCount, file);
            // Each timing starts from a heap holding neither the generated graph nor the other's garbage, as `ask` does.
            GC.Collect();
            var parse = Time(() => { using var doc = JsonDocument.Parse(File.ReadAllBytes(file)); });
            GC.Collect();
            KnowledgeGraphView? view = null;
            GraphNames? names = null;
            var (pausedBefore, allocatedBefore) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            var reading = Time(() => view = KnowledgeGraphView.Load(file));
            var naming = Time(() => names = new GraphNames(view!));
            var load = reading + naming;
            var (paused, allocated) = (GC.GetTotalPauseDuration() - pausedBefore, GC.GetTotalAllocatedBytes() - allocatedBefore);
            Console.WriteLine($"Load graph.json into the QuikGraph view + name index: {load:0.00} s (target <= {TargetLoadSeconds} s: {(load <= TargetLoadSeconds ? "met" : "NOT met")}); " +
                              $"read into the view {reading:0.00} s, names {naming:0.00} s; baseline JsonDocument.Parse alone {parse:0.00} s; " +
                              $"ratio {load / parse:0.00}x; {view!.Graph.VertexCount:N0} vertices, {view.Graph.EdgeCount:N0} edges; " +
                              $"{allocated / 1e6:N0} MB allocated, garbage collection paused it {paused.TotalSeconds:0.00} s");

            Console.WriteLine($"{"question",-32} {"rows",6} {"ask 1st",8} {"ask warm",8}");
            var askTimes = new Dictionary<string, (double First, double Warm, int Rows)>();
            foreach (var question in QuestionCatalog.Questions)
            {
                var given = Arguments[question.Name];
                var rows = 0;
                var first = Time(() => rows = QuestionCatalog.Answer(view, question.Name, [], given, names).Rows.Count);
                var warm = Time(() => QuestionCatalog.Answer(view, question.Name, [], given, names));
                askTimes[question.Name] = (first, warm, rows);
                Console.WriteLine($"{question.Name,-32} {rows,6} {first,8:0.000} {warm,8:0.000}");
            }
            var total = askTimes.Values.Sum(t => t.Warm);
            var slowest = askTimes.Values.Max(t => t.First);
            Console.WriteLine($"Every question answered (warm) in {total:0.000} s in all, the slowest first answer in {slowest:0.000} s " +
                              $"(target <= {TargetAnswerSeconds} s: {(total <= TargetAnswerSeconds ? "met" : "NOT met")} for all together, " +
                              $"{(slowest <= TargetAnswerSeconds ? "met" : "NOT met")} for each first answer)");
            if (!neo4j) return 0;

            var neo4jTimes = await Neo4jTimesAsync(view.Source, external, askTimes);
            Console.WriteLine($"Neo4j 3.1.1 warm total {neo4jTimes.Values.Sum():0.000} s, {neo4jTimes.Values.Sum() / total:0.0}x ask's");
            return 0;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Writes the graph.json of a synthetic graph of <paramref name="paperCount"/> papers; the graph itself is not kept.</summary>
    private static void WriteSynthetic(int paperCount, string file)
    {
        var graph = SyntheticPaperGraph.Create(paperCount);
        using (var output = File.Create(file)) new GraphJsonExporter().Write(graph, output);
        Console.WriteLine($"Synthetic graph: {graph.Papers.Count:N0} papers, {graph.Entities.Count:N0} entities, {graph.Mentions.Count:N0} mentions, " +
                          $"{graph.Relations.Count:N0} relations; graph.json {new FileInfo(file).Length / 1e6:0} MB");
    }

    /// <summary>
    /// Each question's Cypher, twice, in Neo4j holding the same graph: elapsed seconds and, for a provisioned server, its
    /// processor seconds (the figure comparable with ask's). Returns the warm figure per question.
    /// </summary>
    private static async Task<Dictionary<string, double>> Neo4jTimesAsync(KnowledgeGraph graph, Uri? external,
        Dictionary<string, (double First, double Warm, int Rows)> ask)
    {
        using var server = external is null ? await LocalNeo4jServer.StartAsync(heap: "2g", pageCache: "1g") : null;
        var settings = new Neo4jSettings
        {
            Uri = server?.HttpUri ?? external!,
            User = server?.User ?? Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Password = server?.Password ?? Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "",
            Timeout = TimeSpan.FromMinutes(30),
        };
        using (var store = new Neo4jGraphStore(settings))
        {
            if (external is not null) await store.Client.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"));
            var written = Stopwatch.StartNew();
            await store.WriteAsync(graph);
            Console.WriteLine($"Neo4j 3.1.1: the same graph written in {written.Elapsed.TotalSeconds:0} s");
        }
        using var client = new Neo4jHttpClient(settings);
        Console.WriteLine($"{"question",-32} {"rows",6} {"neo4j 1st",9} {"neo4j warm",10} {"(elapsed)",9} {"neo4j/ask warm",14}");
        var times = new Dictionary<string, double>();
        foreach (var question in QuestionCatalog.Questions)
        {
            var statement = question.Query.ToStatement(Arguments[question.Name]);
            var rows = 0;
            var (first, _) = await ServerTimeAsync(server, async () => rows = (await client.RunAsync(statement)).Rows.Count);
            var (warm, elapsed) = await ServerTimeAsync(server, () => client.RunAsync(statement));
            times[question.Name] = warm;
            var mine = ask[question.Name];
            Console.WriteLine($"{question.Name,-32} {rows,6} {first,9:0.000} {warm,10:0.000} {elapsed,9:0.000} {warm / mine.Warm,13:0.0}x" +
                              (rows == mine.Rows ? "" : $" (ask {mine.Rows} rows)"));
        }
        return times;
    }

    /// <summary>The server's processor seconds (elapsed seconds for a server not provisioned here) and the elapsed seconds.</summary>
    private static async Task<(double Cpu, double Elapsed)> ServerTimeAsync(LocalNeo4jServer? server, Func<Task> run)
    {
        var before = server?.ProcessorTime ?? TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        await run();
        var elapsed = clock.Elapsed.TotalSeconds;
        return (server is null ? elapsed : (server.ProcessorTime - before).TotalSeconds, elapsed);
    }

    /// <summary>Processor seconds of this process while the action ran: on a shared machine they tell what elapsed time cannot.</summary>
    private static double Time(Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }
}
