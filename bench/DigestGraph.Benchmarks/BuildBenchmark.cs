using System.Diagnostics;
using DigestGraph.Analyse;
using DigestGraph.Export;
using DigestGraph.Export.Report;
using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Synthetic;
using DigestGraph.Pipeline;

namespace DigestGraph.Benchmarks;

/// <summary>
/// <c>build [--entries N] [--dense N] [--baseline-cli DLL] [--baseline-papers N] [--current-cli DLL] [--seeds DIR] [--work DIR] [--keep]</c>:
/// the whole build as <c>build</c> runs it with no Neo4j (read → extract → graph → analyse → files and report) on a
/// synthetic corpus of N entries and on a dense corpus (copies of the seed digests under new ids), with each stage's
/// time, the peak working set, the edges the projections kept and the size of every file. With
/// <c>--baseline-cli</c> (the CLI of an earlier commit, e.g. main's) it then runs that CLI and this one as child
/// processes on smaller corpora of both kinds in the same run and prints their ratio.
/// </summary>
internal static class BuildBenchmark
{
    private const double Mebibyte = 1 << 20;
    private const double TargetSeconds = 60;
    private const long TargetPeakBytes = 3L << 30;
    private const long TargetReportBytes = 5_000_000;

    private static readonly string[] ValuedOptions = ["--entries", "--dense", "--baseline-cli", "--baseline-papers", "--current-cli", "--seeds", "--work"];
    private static readonly string[] FlagOptions = ["--keep"];

    private sealed record Measured(string Name, int Papers, TimeSpan Front, TimeSpan Analyse, TimeSpan Write, TimeSpan Total,
        IReadOnlyList<(string Stage, TimeSpan Time)> AnalyseStages, long PeakWorkingSetBytes, ClusterAnalysisResult Analysis,
        IReadOnlyList<(string File, long Bytes, TimeSpan Time)> Files);

    public static int Run(string[] args)
    {
        BenchmarkOptions options;
        int entries, dense, baselinePapers;
        try
        {
            options = BenchmarkOptions.Parse(args, ValuedOptions, FlagOptions);
            entries = options.Int("--entries", 100_000, minimum: 1);
            dense = options.Int("--dense", 20_000, minimum: 1);
            baselinePapers = options.Int("--baseline-papers", 5_000, minimum: 1);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var seeds = options.Text("--seeds") ?? SeedDirectory.Find();
        var work = options.Text("--work") ?? Path.Combine(Path.GetTempPath(), $"digestgraph-build-bench-{Environment.ProcessId}");
        if (Directory.Exists(work) && Directory.EnumerateFileSystemEntries(work).Any())
        {
            Console.Error.WriteLine($"error: work directory {work} is not empty; give an empty or new --work");
            return 2;
        }
        try
        {
            var synthetic = Path.Combine(work, "synthetic");
            Generate(seeds, synthetic, entries);
            var denseDirectory = Path.Combine(work, "dense");
            var densePapers = DenseCorpus.Write(seeds, denseDirectory, dense);
            var runs = new[]
            {
                MeasureBuild($"synthetic, {entries:N0} entries", synthetic, Path.Combine(work, "out-synthetic")),
                MeasureBuild($"dense, {densePapers:N0} papers (seed copies)", denseDirectory, Path.Combine(work, "out-dense")),
            };
            Print(runs);
            if (options.Text("--baseline-cli") is { } baseline)
                CompareWithBaseline(baseline, options.Text("--current-cli") ?? CurrentCli(), seeds, work, baselinePapers);
            return 0;
        }
        finally
        {
            if (!options.Has("--keep") && Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static void Generate(string seeds, string directory, int entries)
    {
        var generating = new ProgressLine("generate", entries, "entries");
        SyntheticDigestGenerator.FromSeedDirectory(seeds, 1).WriteCorpus(directory, entries, 20, generating);
        generating.Finish();
    }

    /// <summary>The build as the CLI wires it, each stage timed, the peak working set of the whole build.</summary>
    private static Measured MeasureBuild(string name, string corpus, string output)
    {
        Console.Error.WriteLine($"Building {name}");
        using var memory = MemoryMeter.Start();
        var stages = new PipelineStageClock();
        var clock = Stopwatch.StartNew();
        var pipeline = GraphPipeline.Run([corpus], strict: false, Extractors.Default(), ExtractionKnowledge.Default.Lexicon, stages);
        var graph = pipeline.Graph;
        var front = clock.Elapsed;
        var analysis = ClusterAnalysis.Run(graph, progress: stages);
        var analysed = clock.Elapsed;
        var exporters = new GraphFileWriter([.. OutputFormats.GraphFiles(), new HtmlReportExporter(ReportAnalysis.From(analysis, graph), stages)]);
        var times = new List<(string, long, TimeSpan)>();
        var files = exporters.Files(graph).Concat(ClusterReportWriter.Files(analysis)).Select(f => new StagedFile(f.FileName, stream =>
        {
            var started = clock.Elapsed;
            f.Write(stream);
            times.Add((f.FileName, stream.Length, clock.Elapsed - started));
        })).ToArray();
        StagedFileWriter.WriteAll(output, files);
        clock.Stop();
        string[] analyseStages = ["project papers", "project entities", "analyse", "label clusters"];
        return new Measured(name, graph.Papers.Count, front, analysed - front, clock.Elapsed - analysed, clock.Elapsed,
            analyseStages.Select(s => (s, stages.Duration(s))).ToArray(), MemoryMeter.PeakWorkingSetBytes, analysis, times);
    }

    private static void Print(IReadOnlyList<Measured> runs)
    {
        Console.WriteLine($"Build benchmark: the whole build with no Neo4j, in this process ({Environment.ProcessorCount} cores, .NET {Environment.Version}); load average at the end: {ExtractionBenchmark.LoadAverage()}");
        foreach (var r in runs)
        {
            var a = r.Analysis;
            Console.WriteLine();
            Console.WriteLine($"{r.Name}: {r.Papers:N0} papers, {a.EntityGraph.Nodes:N0} entities");
            Console.WriteLine($"  read + extract + graph  {r.Front.TotalSeconds,8:F2} s");
            Console.WriteLine($"  analyse                 {r.Analyse.TotalSeconds,8:F2} s  ({r.Analyse / r.Total:P0} of the build)");
            foreach (var (stage, time) in r.AnalyseStages) Console.WriteLine($"    {stage,-22}{time.TotalSeconds,8:F2} s");
            Console.WriteLine($"  write files             {r.Write.TotalSeconds,8:F2} s");
            foreach (var (file, bytes, time) in r.Files) Console.WriteLine($"    {file,-22}{time.TotalSeconds,8:F2} s {bytes / Mebibyte,10:F1} MiB");
            Console.WriteLine($"  whole build             {r.Total.TotalSeconds,8:F2} s, peak working set {r.PeakWorkingSetBytes / Mebibyte:N0} MiB");
            Console.WriteLine($"  paper projection: {a.PaperGraph.Edges:N0} edges kept ({(double)a.PaperGraph.Edges / Math.Max(1, a.PaperGraph.Nodes):F1} per paper), " +
                              $"{a.PaperClusters.Count(c => c.Size > 1):N0} clusters of 2 or more, modularity {a.PaperGraph.Modularity:F3}");
            Console.WriteLine($"  entity projection: {a.EntityGraph.Edges:N0} edges kept ({(double)a.EntityGraph.Edges / Math.Max(1, a.EntityGraph.Nodes):F1} per entity), " +
                              $"{a.EntityClusters.Count(c => c.Size > 1):N0} clusters of 2 or more, modularity {a.EntityGraph.Modularity:F3}");
            var report = r.Files.Single(f => f.File == HtmlReportWriter.FileName).Bytes;
            Console.WriteLine($"  targets: build {r.Total.TotalSeconds:F1} s <= {TargetSeconds} s {Met(r.Total.TotalSeconds <= TargetSeconds)}; " +
                              $"peak {r.PeakWorkingSetBytes / Mebibyte:N0} MiB < 3 GiB {Met(r.PeakWorkingSetBytes < TargetPeakBytes)}; " +
                              $"report.html {report / 1e6:F2} MB <= 5 MB {Met(report <= TargetReportBytes)}; " +
                              $"analyse {r.Analyse / r.Total:P0} <= 1/3 {Met(r.Analyse * 3 <= r.Total)}");
        }
    }

    /// <summary>This CLI and an earlier one as child processes, one after the other on the same corpora (a smaller size: the earlier one is quadratic).</summary>
    private static void CompareWithBaseline(string baselineCli, string currentCli, string seeds, string work, int papers)
    {
        var synthetic = Path.Combine(work, "baseline-synthetic");
        Generate(seeds, synthetic, papers);
        var dense = Path.Combine(work, "baseline-dense");
        var densePapers = DenseCorpus.Write(seeds, dense, papers);
        Console.WriteLine();
        Console.WriteLine($"Against the baseline CLI {baselineCli} (child processes `build CORPUS --out DIR`, run alternately in this run):");
        Console.WriteLine($"{"corpus",-36}{"CLI",-10}{"time (s)",10}{"peak (MiB)",12}{"report (MB)",13}");
        foreach (var (name, corpus) in new[] { ($"synthetic, {papers:N0} entries", synthetic), ($"dense, {densePapers:N0} papers", dense) })
        {
            var results = new Dictionary<string, (ChildProcessRun Run, long Report)>();
            foreach (var (label, cli) in new[] { ("baseline", baselineCli), ("this", currentCli) })
            {
                Console.Error.WriteLine($"Running the {label} CLI on {name}");
                var output = Path.Combine(work, $"out-{label}-{Path.GetFileName(corpus)}");
                var run = ChildProcessRun.Start("dotnet", [cli, "build", corpus, "--out", output]);
                var report = Path.Combine(output, HtmlReportWriter.FileName);
                results[label] = (run, File.Exists(report) ? new FileInfo(report).Length : 0);
                Console.WriteLine($"{name,-36}{label,-10}{run.Elapsed.TotalSeconds,10:F1}{run.PeakResidentBytes / Mebibyte,12:N0}{results[label].Report / 1e6,13:F2}" +
                                  (run.ExitCode == 0 ? "" : $"  (exit code {run.ExitCode})"));
            }
            var (b, t) = (results["baseline"], results["this"]);
            Console.WriteLine($"{"",-36}{"ratio",-10}{t.Run.Elapsed / b.Run.Elapsed,10:F3}{(double)t.Run.PeakResidentBytes / Math.Max(1, b.Run.PeakResidentBytes),12:F3}{(double)t.Report / Math.Max(1, b.Report),13:F3}");
        }
    }

    private static string CurrentCli()
    {
        var root = Path.GetDirectoryName(SeedDirectory.Find())!;
        foreach (var configuration in new[] { "Release", "Debug" })
        {
            var dll = Path.Combine(root, "src", "DigestGraph.Cli", "bin", configuration, "net10.0", "DigestGraph.Cli.dll");
            if (File.Exists(dll)) return dll;
        }
        throw new FileNotFoundException("DigestGraph.Cli.dll not built: run dotnet build -c Release src/DigestGraph.Cli, or pass --current-cli DLL");
    }

    private static string Met(bool met) => met ? "met" : "NOT met";
}
