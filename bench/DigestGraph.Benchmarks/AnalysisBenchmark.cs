using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DigestGraph.Analyse;

namespace DigestGraph.Benchmarks;

/// <summary>
/// Times community detection (Leiden), PageRank and betweenness on planted-partition graphs of 10⁴ to 10⁶ edges, with
/// python-igraph and NetworkX run on the same edge-list files in the same run (tools/bench/analysis_bench.py), and
/// prints times, peak memory, modularity and the ratios. A stopwatch harness rather than BenchmarkDotNet, because the
/// baselines are other processes; each figure is the best of several runs after a warm-up.
/// Usage: analysis [--sizes 10000,100000,1000000] [--networkx-max-edges 100000] [--exact-max-edges 10000]
///                 [--sample 100] [--repeats 3] [--python /usr/bin/python3] [--script tools/bench/analysis_bench.py] [--work DIR]
/// </summary>
public static class AnalysisBenchmark
{
    private sealed record Measurement(double Seconds, long PeakBytes, long AllocatedBytes);

    // igraph's PRPACK solves PageRank to machine precision; NetworkX's default stops far earlier (1e-6 per node).
    private static readonly PageRankOptions TightPageRank = new() { Tolerance = 1e-10, MaxIterations = 1000 };

    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes", "10000,100000,1000000").Split(',').Select(int.Parse).ToArray();
        var networkxMaxEdges = int.Parse(Option(args, "--networkx-max-edges", "100000"), CultureInfo.InvariantCulture);
        var exactMaxEdges = int.Parse(Option(args, "--exact-max-edges", "10000"), CultureInfo.InvariantCulture);
        var sample = int.Parse(Option(args, "--sample", "100"), CultureInfo.InvariantCulture);
        var repeats = int.Parse(Option(args, "--repeats", "3"), CultureInfo.InvariantCulture);
        var python = Option(args, "--python", "/usr/bin/python3");
        var script = Option(args, "--script", Path.Combine("tools", "bench", "analysis_bench.py"));
        var work = Option(args, "--work", Path.Combine(Path.GetTempPath(), "digestgraph-analysis-bench"));
        if (!File.Exists(script))
        {
            Console.Error.WriteLine($"Python side script not found: {script} (run from the repository root or pass --script).");
            return 2;
        }
        Directory.CreateDirectory(work);

        Console.WriteLine($"Analysis benchmark: C# (single thread; PageRank to 1e-10) vs python-igraph and NetworkX, best of {repeats} runs; networkx community detection and betweenness skipped above {networkxMaxEdges:N0} edges (minutes each); betweenness exact up to {exactMaxEdges:N0} edges, sampled from {sample} sources everywhere.");
        var warmUp = Load(Generate(work, 2_000, 1));
        RunAll(warmUp, sample, 3);

        foreach (var edges in sizes)
        {
            var nodes = Math.Max(100, edges / 10);
            var file = Generate(work, edges, 1);
            var graph = Load(file);
            Console.WriteLine();
            Console.WriteLine($"== planted partition: {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges, mixing 0.3 ({file})");

            var tasks = new List<string> { "community", "community-leiden", "pagerank", "pagerank-arpack", "betweenness-sampled" };
            if (edges <= exactMaxEdges) tasks.Add("betweenness-exact");
            var igraph = RunPython(python, script, file, "igraph", tasks, sample, repeats);
            var networkxTasks = edges <= networkxMaxEdges ? tasks.Where(t => !t.EndsWith("-leiden") && !t.EndsWith("-arpack")).ToList() : ["pagerank"];
            var networkx = RunPython(python, script, file, "networkx", networkxTasks, sample, edges <= 10_000 ? repeats : 1);
            Console.WriteLine($"   igraph {igraph.GetProperty("version")}, networkx {networkx.GetProperty("version")}");

            CommunityResult? communities = null;
            var csharp = new Dictionary<string, Measurement>
            {
                ["community"] = Measure(() => communities = Leiden.Detect(graph, new CommunityOptions { Seed = 1 }), repeats),
                ["pagerank"] = Measure(() => PageRank.Compute(graph, TightPageRank), repeats),
                ["betweenness-sampled"] = Measure(() => Betweenness.Compute(graph, new BetweennessOptions { SampleSize = sample, Seed = 1, MaxDegreeOfParallelism = 1 }), repeats),
            };
            if (edges <= exactMaxEdges)
                csharp["betweenness-exact"] = Measure(() => Betweenness.Compute(graph, new BetweennessOptions { MaxDegreeOfParallelism = 1 }), repeats);

            Console.WriteLine($"   {"task",-20} {"C# s",9} {"igraph s",9} {"networkx s",11} {"C#/igraph",10} {"nx/C#",8}   {"C# peak",9} {"C# alloc",9} {"ig peak",9} {"nx peak",9}");
            foreach (var (task, mine) in csharp)
            {
                // igraph's default PageRank (PRPACK) pays a fixed start-up cost; its ARPACK solver is compared when faster.
                var baseline = task == "pagerank" ? Faster(Task(igraph, task), Task(igraph, "pagerank-arpack")) : Task(igraph, task);
                PrintRow(task, mine, baseline, Task(networkx, task));
            }
            PrintRow("igraph leiden", null, Task(igraph, "community-leiden"), null);
            PrintRow("igraph PRPACK", null, Task(igraph, "pagerank"), null);
            PrintRow("igraph ARPACK", null, Task(igraph, "pagerank-arpack"), null);

            var modularity = communities!.Modularity;
            Console.WriteLine($"   modularity: C# Leiden {modularity:F4} ({communities.Partition.Count} communities, {communities.Levels.Count} levels)"
                + ModularityVersus(graph, file + ".igraph.community", "igraph multilevel", modularity)
                + ModularityVersus(graph, file + ".igraph.community-leiden", "igraph leiden", modularity)
                + ModularityVersus(graph, file + ".networkx.community", "networkx louvain", modularity));
        }
        return 0;
    }

    private static void RunAll(AnalysisGraph graph, int sample, int repeats)
    {
        Measure(() => Leiden.Detect(graph), repeats);
        Measure(() => PageRank.Compute(graph, TightPageRank), repeats);
        Measure(() => Betweenness.Compute(graph, new BetweennessOptions { SampleSize = sample, MaxDegreeOfParallelism = 1 }), repeats);
        Measure(() => Betweenness.Compute(graph, new BetweennessOptions { MaxDegreeOfParallelism = 1 }), repeats);
    }

    private static string Generate(string work, int edges, int seed)
    {
        var path = Path.Combine(work, $"planted-{edges}-s{seed}.txt");
        if (!File.Exists(path)) new PlantedPartitionGenerator(Math.Max(100, edges / 10), edges, Seed: seed).WriteEdgeList(path);
        return path;
    }

    private static AnalysisGraph Load(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()!.Split(' ');
        var builder = new AnalysisGraphBuilder(directed: false).AddNumberedNodes(int.Parse(header[2], CultureInfo.InvariantCulture));
        while (reader.ReadLine() is { } line)
        {
            var space = line.IndexOf(' ');
            builder.AddEdge(int.Parse(line.AsSpan(0, space), CultureInfo.InvariantCulture), int.Parse(line.AsSpan(space + 1), CultureInfo.InvariantCulture));
        }
        return builder.Build();
    }

    private static Measurement Measure(Action action, int repeats)
    {
        var best = new Measurement(double.MaxValue, 0, 0);
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            ProcessMemory.ResetPeak();
            var baseline = ProcessMemory.ResidentBytes();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            best = new Measurement(
                Math.Min(best.Seconds, watch.Elapsed.TotalSeconds),
                Math.Max(best.PeakBytes, ProcessMemory.PeakResidentBytes() - baseline),
                GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }
        return best;
    }

    private static JsonElement RunPython(string python, string script, string file, string library, IReadOnlyList<string> tasks, int sample, int repeats)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { script, "--edges", file, "--library", library, "--tasks", string.Join(",", tasks),
                "--sample", sample.ToString(CultureInfo.InvariantCulture), "--seed", "1",
                "--repeats", repeats.ToString(CultureInfo.InvariantCulture), "--membership-out", $"{file}.{library}" },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} --library {library} failed ({process.ExitCode}): {stderr.Result}");
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static JsonElement? Task(JsonElement report, string task) =>
        report.GetProperty("tasks").TryGetProperty(task, out var t) && t.TryGetProperty("seconds", out _) ? t : null;

    private static JsonElement? Faster(JsonElement? a, JsonElement? b) =>
        a is null ? b : b is null ? a : a.Value.GetProperty("seconds").GetDouble() <= b.Value.GetProperty("seconds").GetDouble() ? a : b;

    private static void PrintRow(string task, Measurement? mine, JsonElement? igraph, JsonElement? networkx)
    {
        double? ig = igraph?.GetProperty("seconds").GetDouble();
        double? nx = networkx?.GetProperty("seconds").GetDouble();
        Console.WriteLine($"   {task,-20} {Seconds(mine?.Seconds),9} {Seconds(ig),9} {Seconds(nx),11} {Ratio(mine?.Seconds, ig),10} {Ratio(nx, mine?.Seconds),8}   "
            + $"{Megabytes(mine?.PeakBytes),9} {Megabytes(mine?.AllocatedBytes),9} {Megabytes(igraph?.GetProperty("peakBytes").GetInt64()),9} {Megabytes(networkx?.GetProperty("peakBytes").GetInt64()),9}");
    }

    private static string ModularityVersus(AnalysisGraph graph, string membershipFile, string name, double mine)
    {
        if (!File.Exists(membershipFile)) return $"; {name} skipped";
        var membership = File.ReadAllLines(membershipFile).Where(l => l.Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        File.Delete(membershipFile);
        var theirs = Modularity.Compute(graph, new Partition(membership));
        return Invariant($"; {name} {theirs:F4} (C# {(mine - theirs) / theirs * 100:+0.00;-0.00}%)");
    }

    private static string Seconds(double? s) => s is { } v ? v.ToString("F3", CultureInfo.InvariantCulture) : "—";
    private static string Ratio(double? a, double? b) => a is { } x && b is { } y && y > 0 ? Invariant($"{x / y:F2}×") : "—";
    private static string Megabytes(long? bytes) => bytes is { } b ? Invariant($"{b / 1048576.0:F1}M") : "—";
    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
