using System.Diagnostics;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract;
using DigestGraph.Extract.Learning;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Synthetic;
using DigestGraph.Pipeline;
using DigestGraph.Progress;

namespace DigestGraph.Benchmarks;

/// <summary>
/// <c>extraction [--entries N] [--seed S] [--seeds DIR] [--entries-per-file K] [--corpus DIR] [--keep] [--single-thread]</c>:
/// writes a synthetic corpus, then measures in one run parsing alone one file after another (the baseline), reading as
/// build reads (<see cref="CorpusReader"/>: files parsed in parallel), parse + extract as <c>extract</c> runs it (files
/// parsed and papers extracted in parallel, streaming into each other on all cores) with the shipped extractor (rules and
/// the learned model), with the rules alone, with the learned entities alone and with every learned component (their
/// difference is the cost of the learned relations and topics), and the full build front (<see cref="GraphPipeline"/>: the same with
/// GraphBuilder taking the extractions); with <c>--single-thread</c> also parse + extract on one thread. Entries per
/// second, processor time and peak memory of each stage, and the time the model file takes to load.
/// </summary>
internal static class ExtractionBenchmark
{
    private const int DefaultEntries = 100_000;
    private const int DefaultEntriesPerFile = 20;
    private const double TargetEntriesPerSecond = 10_000;
    private const long TargetPeakBytes = 2L << 30;
    private const double Mebibyte = 1 << 20;
    private const int WarmUpEntries = 10_000;

    private static readonly string[] ValuedOptions = ["--entries", "--seed", "--seeds", "--entries-per-file", "--corpus"];
    private static readonly string[] FlagOptions = ["--keep", "--single-thread"];

    public static int Run(string[] args)
    {
        BenchmarkOptions options;
        int entries, seed, perFile;
        try
        {
            options = BenchmarkOptions.Parse(args, ValuedOptions, FlagOptions);
            entries = options.Int("--entries", DefaultEntries, minimum: 1);
            seed = options.Int("--seed", 1, minimum: 0);
            perFile = options.Int("--entries-per-file", DefaultEntriesPerFile, minimum: 1);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }

        var corpus = options.Text("--corpus") ?? Path.Combine(Path.GetTempPath(), $"digestgraph-bench-{Environment.ProcessId}");
        if (Directory.Exists(corpus) && Directory.EnumerateFileSystemEntries(corpus).Any())
        {
            Console.Error.WriteLine($"error: corpus directory {corpus} is not empty; give an empty or new --corpus");
            return 2;
        }
        try
        {
            return Measure(options.Text("--seeds") ?? SeedDirectory.Find(), corpus, entries, seed, perFile, options.Has("--single-thread"));
        }
        finally
        {
            if (!options.Has("--keep") && Directory.Exists(corpus)) Directory.Delete(corpus, recursive: true);
        }
    }

    private static int Measure(string seeds, string corpus, int entries, int seed, int perFile, bool singleThread)
    {
        Console.Error.WriteLine($"Generating {entries:N0} synthetic entries from {seeds} into {corpus}");
        var generation = Stopwatch.StartNew();
        var generationCpu = -ProcessorTime();
        var generating = new ProgressLine("generate", entries, "entries");
        var files = SyntheticDigestGenerator.FromSeedDirectory(seeds, seed).WriteCorpus(corpus, entries, perFile, generating);
        generating.Finish();
        var corpusBytes = files.Sum(f => new FileInfo(f).Length);
        generation.Stop();
        generationCpu += ProcessorTime();

        // The process's first use of the model: reading the embedded file, including the JIT of the loader.
        var modelLoad = Stopwatch.StartNew();
        var model = ExtractionModel.Shipped;
        modelLoad.Stop();
        var creation = Stopwatch.StartNew();
        var extractor = new FailureRecordingExtractor(model.Extractor());
        creation.Stop();
        var rules = new FailureRecordingExtractor(Extractors.RuleOnly());
        // The learned relations and topics are measured as the difference between these two, in the same run.
        var entitiesOnly = new FailureRecordingExtractor(model.Extractor(LearnedComponents.Entities));
        var allLearned = new FailureRecordingExtractor(model.Extractor(LearnedComponents.All));
        var threads = Environment.ProcessorCount;
        var (coldStart, coldJit) = WarmUp(files, perFile, extractor);

        var parse = ParseOnly(files, entries);
        var parallelParse = ParseFilesInParallel(files, entries, threads);
        var sequential = singleThread ? ParseAndExtract(files, entries, extractor) : null;
        var parallel = ParseAndExtractInParallel(corpus, entries, extractor, threads, "");
        var rulesOnly = ParseAndExtractInParallel(corpus, entries, rules, threads, ", rules only");
        var learnedEntities = ParseAndExtractInParallel(corpus, entries, entitiesOnly, threads, ", learned entities");
        var learnedAll = ParseAndExtractInParallel(corpus, entries, allLearned, threads, ", all learned");
        var (buildExtracted, build, graph) = Build(corpus, entries, extractor, threads);

        Console.WriteLine($"Extraction benchmark: {entries:N0} synthetic entries (seed {seed}; {files.Count:N0} files of {perFile}; " +
                          $"{corpusBytes / Mebibyte:N0} MiB; generated in {generation.Elapsed.TotalSeconds:F1} s)");
        Console.WriteLine($"Machine: {threads} cores (parsing and extraction on all of them, as GraphPipeline does), .NET {Environment.Version}, " +
                          $"server GC {System.Runtime.GCSettings.IsServerGC}; extractor {extractor.InnerType.Name} (created in {creation.Elapsed.TotalMilliseconds:F0} ms); " +
                          $"model {ExtractionModel.ShippedPath} loaded in {modelLoad.Elapsed.TotalMilliseconds:F0} ms");
        Console.WriteLine();
        Console.WriteLine($"{"stage",-48}{"entries/s",10}{"time (s)",10}{"CPU (s)",9}{"entries/CPU-s",15}{"CPU µs/entry",14}{"× parse",9}{"KiB/entry",11}{"× parse",9}" +
                          $"{"peak WS (MiB)",15}{"peak heap (MiB)",17}");
        foreach (var stage in new[] { coldStart, parse, parallelParse, sequential, parallel, rulesOnly, learnedEntities, learnedAll, buildExtracted, build }.OfType<StageResult>())
            Console.WriteLine($"{stage.Name,-48}{stage.EntriesPerSecond,10:N0}{stage.Elapsed.TotalSeconds,10:F2}{stage.CpuTime.TotalSeconds,9:F2}" +
                              $"{stage.Entries / stage.CpuTime.TotalSeconds,15:N0}{stage.CpuMicrosecondsPerEntry,14:N1}{stage.CpuMicrosecondsPerEntry / parse.CpuMicrosecondsPerEntry,9:F2}" +
                              $"{(stage.AllocatedKibPerEntry is { } kib ? kib.ToString("N1") : "-"),11}{(stage.AllocatedKibPerEntry / parse.AllocatedKibPerEntry is { } times ? times.ToString("F2") : "-"),9}" +
                              $"{stage.PeakWorkingSetBytes / Mebibyte,15:N0}{stage.PeakManagedBytes / Mebibyte,17:N0}");
        Console.WriteLine();
        Console.WriteLine($"Ratio to the parse baseline (entries/s): " +
                          (sequential is null ? "" : $"parse + extract 1 thread {sequential.EntriesPerSecond / parse.EntriesPerSecond:F3}, ") +
                          $"parse {threads} threads {parallelParse.EntriesPerSecond / parse.EntriesPerSecond:F3}, parse + extract {threads} threads {parallel.EntriesPerSecond / parse.EntriesPerSecond:F3}, full build {build.EntriesPerSecond / parse.EntriesPerSecond:F3}");
        Console.WriteLine($"Shipped extractor against the rules alone (parse + extract, entries/s): {parallel.EntriesPerSecond / rulesOnly.EntriesPerSecond:F3}; " +
                          $"CPU per entry {Microseconds(parallel.CpuTime, entries):N0} µs vs {Microseconds(rulesOnly.CpuTime, entries):N0} µs");
        Console.WriteLine($"Learned relations and topics (all learned against learned entities alone, entries/s): {learnedAll.EntriesPerSecond / learnedEntities.EntriesPerSecond:F3}; " +
                          $"CPU per entry {Microseconds(learnedAll.CpuTime, entries):N1} µs vs {Microseconds(learnedEntities.CpuTime, entries):N1} µs " +
                          $"({Microseconds(learnedAll.CpuTime - learnedEntities.CpuTime, entries):N1} µs for both; " +
                          $"{learnedAll.AllocatedKibPerEntry - learnedEntities.AllocatedKibPerEntry:N1} KiB allocated per entry for both)");
        Console.WriteLine($"Per entry over parsing alone (this run's parse: {parse.CpuMicrosecondsPerEntry:N1} µs CPU, {parse.AllocatedKibPerEntry:N1} KiB): " +
                          string.Join("; ", new[] { (parallel, "shipped"), (rulesOnly, "rules only"), (learnedEntities, "learned entities"), (learnedAll, "all learned") }
                              .Select(x => $"{x.Item2} +{x.Item1.CpuMicrosecondsPerEntry - parse.CpuMicrosecondsPerEntry:N1} µs, +{x.Item1.AllocatedKibPerEntry - parse.AllocatedKibPerEntry:N1} KiB")));
        Console.WriteLine($"Full build against parse + extract alone: {build.EntriesPerSecond / parallel.EntriesPerSecond:F3} (the cost of GraphBuilder taking the extractions)");
        Console.WriteLine($"CPU per entry: parse {Microseconds(parse.CpuTime, entries):N0} µs, parse + extract {Microseconds(parallel.CpuTime, entries):N0} µs " +
                          $"(all but parsing {1 - parse.CpuTime / parallel.CpuTime:P0} of it)" +
                          (sequential is null ? "" : $"; on 1 thread {Microseconds(sequential.CpuTime, entries):N0} µs"));
        Console.WriteLine($"Cold start (the process's first {coldStart.Entries:N0} entries, not in the stages below it): {coldStart.EntriesPerSecond:N0} entries/s, " +
                          $"{coldJit.TotalSeconds:F1} of its {coldStart.CpuTime.TotalSeconds:F1} CPU-s the JIT compiling; the stages after it run the compiled code.");
        Console.WriteLine($"Generation: {generationCpu.TotalSeconds:F1} CPU-s; load average at the end: {LoadAverage()}");
        Console.WriteLine("Parse + extract streams read -> extract as the extract command does; GraphPipeline streams read -> extract -> graph as build does: its extract row ends at the last extraction and includes the graph work done meanwhile.");
        Console.WriteLine($"Graph: {graph.Papers.Count:N0} papers, {graph.Entities.Count:N0} entities, {graph.Mentions.Count:N0} mentions, {graph.Relations.Count:N0} relations");
        Console.WriteLine(parse.PeakIsPerStage
            ? "Peak working set is per stage (VmHWM reset between stages; the last two rows are one run, the build); peak heap is the largest sampled managed heap."
            : "Peak working set could not be reset: each figure is the peak of the run so far.");
        Console.WriteLine();
        var speedMet = parallel.EntriesPerSecond >= TargetEntriesPerSecond;
        var memoryMet = build.PeakWorkingSetBytes < TargetPeakBytes;
        Console.WriteLine($"Target parse + extract >= {TargetEntriesPerSecond:N0} entries/s ({threads} cores): {parallel.EntriesPerSecond:N0} -> {(speedMet ? "met" : "NOT met")}");
        Console.WriteLine($"Target model load <= 0.3 s: {modelLoad.Elapsed.TotalSeconds:F3} s -> {(modelLoad.Elapsed.TotalSeconds <= 0.3 ? "met" : "NOT met")}");
        Console.WriteLine($"Target full build peak < 2 GiB for {entries:N0} entries: {build.PeakWorkingSetBytes / Mebibyte:N0} MiB -> {(memoryMet ? "met" : "NOT met")}");
        return ReportFailures(extractor.Failures.Concat(rules.Failures).Concat(entitiesOnly.Failures).Concat(allLearned.Failures).ToArray(), entries);
    }

    /// <summary>
    /// Parse + extract of the corpus's first entries as the measured stages run it, before them: the JIT compiles and
    /// tiers the code up over about the first 10,000 entries, a one-time cost per process that the stages after the
    /// first would not share. Timed and shown as the cold start, with the JIT's own processor time.
    /// </summary>
    private static (StageResult ColdStart, TimeSpan Jit) WarmUp(IReadOnlyList<string> files, int perFile, IExtractor extractor)
    {
        var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        using var memory = MemoryMeter.Start();
        var clock = Stopwatch.StartNew();
        var extracted = GraphPipeline.ExtractAll(new CorpusReader().Open(files.Take(Math.Max(1, WarmUpEntries / perFile))).Papers, extractor).Count();
        clock.Stop();
        var stage = new StageResult($"cold start: first {extracted:N0}, parse + extract", extracted, clock.Elapsed, memory.CpuTimeSinceStart,
            MemoryMeter.PeakWorkingSetBytes, memory.PeakManagedBytes, memory.PeakIsPerStage) { AllocatedBytes = memory.AllocatedBytesSinceStart };
        return (stage, System.Runtime.JitInfo.GetCompilationTime() - jitBefore);
    }

    private static StageResult ParseOnly(IReadOnlyList<string> files, int entries)
    {
        using var memory = MemoryMeter.Start();
        var clock = Stopwatch.StartNew();
        var papers = ReadOneFileAtATime(files, "parse");
        clock.Stop();
        Require(papers.Count == entries, $"parsed {papers.Count:N0} papers, expected {entries:N0}");
        return new StageResult("parse, 1 file at a time (baseline)", papers.Count, clock.Elapsed, memory.CpuTimeSinceStart, MemoryMeter.PeakWorkingSetBytes, memory.PeakManagedBytes, memory.PeakIsPerStage)
            { AllocatedBytes = memory.AllocatedBytesSinceStart };
    }

    /// <summary>Reading as build reads, without extraction: <see cref="CorpusReader"/> parses files in parallel.</summary>
    private static StageResult ParseFilesInParallel(IReadOnlyList<string> files, int entries, int threads)
    {
        using var memory = MemoryMeter.Start();
        var clock = Stopwatch.StartNew();
        var parsing = new ProgressLine($"parse, {threads} threads", files.Count, "files");
        var result = new CorpusReader().Read(files.Select((file, index) =>
        {
            parsing.Report(index);
            return file;
        }));
        clock.Stop();
        parsing.Report(files.Count);
        parsing.Finish();
        Require(result.Problems.Count == 0, $"{result.Problems.Count} ingest problems, first: {result.Problems.FirstOrDefault()}");
        Require(result.Papers.Count == entries, $"parsed {result.Papers.Count:N0} papers, expected {entries:N0}");
        return new StageResult($"parse, {threads} threads (CorpusReader, as build)", result.Papers.Count, clock.Elapsed,
            memory.CpuTimeSinceStart, MemoryMeter.PeakWorkingSetBytes, memory.PeakManagedBytes, memory.PeakIsPerStage) { AllocatedBytes = memory.AllocatedBytesSinceStart };
    }

    private static StageResult ParseAndExtract(IReadOnlyList<string> files, int entries, IExtractor extractor)
    {
        using var memory = MemoryMeter.Start();
        var clock = Stopwatch.StartNew();
        var papers = ReadOneFileAtATime(files, "parse");
        var extracting = new ProgressLine("extract, 1 thread", papers.Count, "entries");
        var entities = 0L;
        foreach (var paper in papers)
        {
            entities += extractor.Extract(paper).Entities.Count;
            extracting.Advance();
        }
        clock.Stop();
        extracting.Finish();
        Require(papers.Count == entries, $"parsed {papers.Count:N0} papers, expected {entries:N0}");
        Console.Error.WriteLine($"  {entities / (double)papers.Count:F1} entities per entry");
        return new StageResult("parse + extract, 1 thread", papers.Count, clock.Elapsed, memory.CpuTimeSinceStart, MemoryMeter.PeakWorkingSetBytes, memory.PeakManagedBytes, memory.PeakIsPerStage)
            { AllocatedBytes = memory.AllocatedBytesSinceStart };
    }

    /// <summary>Parse + extract as <c>extract</c> runs it: <see cref="CorpusReader"/> parses files in parallel and
    /// <see cref="GraphPipeline.ExtractAll"/> extracts the papers in parallel as they are parsed, in input order.</summary>
    private static StageResult ParseAndExtractInParallel(string corpus, int entries, IExtractor extractor, int threads, string label)
    {
        using var memory = MemoryMeter.Start();
        var stages = new PipelineStageClock();
        var clock = Stopwatch.StartNew();
        var reading = new CorpusReader().Open([corpus]);
        var extracted = 0;
        foreach (var _ in GraphPipeline.ExtractAll(reading.Papers.Track(stages, "read"), extractor, stages)) extracted++;
        clock.Stop();
        var input = reading.Result;
        Require(input.Problems.Count == 0, $"{input.Problems.Count} ingest problems, first: {input.Problems.FirstOrDefault()}");
        Require(extracted == entries, $"extracted {extracted:N0} papers, expected {entries:N0}");
        return new StageResult($"parse + extract, {threads} threads (as extract){label}", extracted, clock.Elapsed, memory.CpuTimeSinceStart,
            MemoryMeter.PeakWorkingSetBytes, memory.PeakManagedBytes, memory.PeakIsPerStage) { AllocatedBytes = memory.AllocatedBytesSinceStart };
    }

    /// <summary>
    /// The build front every command runs: <see cref="GraphPipeline"/> reads, extracts in parallel and builds the graph as
    /// one stream; parse + extract is the time until the last extraction, the graph having taken the others meanwhile.
    /// </summary>
    private static (StageResult ParseAndExtract, StageResult Build, KnowledgeGraph Graph) Build(
        string corpus, int entries, IExtractor extractor, int threads)
    {
        using var memory = MemoryMeter.Start();
        var stages = new PipelineStageClock();
        var clock = Stopwatch.StartNew();
        var result = GraphPipeline.Run([corpus], strict: false, extractor, EntityLexicon.Default, stages);
        clock.Stop();
        var (extracted, extractedCpu) = stages.FinishedAt("extract");
        var papers = result.Input.Papers.Count;
        Require(result.Input.Problems.Count == 0, $"{result.Input.Problems.Count} ingest problems, first: {result.Input.Problems.FirstOrDefault()}");
        Require(papers == entries, $"parsed {papers:N0} papers, expected {entries:N0}");
        var peakWorkingSet = MemoryMeter.PeakWorkingSetBytes;
        var peakManaged = memory.PeakManagedBytes;
        return (
            new StageResult($"build's parse + extract (GraphPipeline)", papers, extracted, extractedCpu, peakWorkingSet, peakManaged, memory.PeakIsPerStage),
            new StageResult("full build (parse + extract + GraphBuilder)", papers, clock.Elapsed, memory.CpuTimeSinceStart, peakWorkingSet, peakManaged, memory.PeakIsPerStage)
                { AllocatedBytes = memory.AllocatedBytesSinceStart },
            result.Graph);
    }

    /// <summary>Parsing on one core: <see cref="CorpusReader"/> over one file after another, as build read before it parsed in parallel.</summary>
    private static IReadOnlyList<Paper> ReadOneFileAtATime(IReadOnlyList<string> files, string stage)
    {
        var reading = new ProgressLine(stage, files.Count, "files");
        var papers = new List<Paper>();
        foreach (var file in files)
        {
            var result = new CorpusReader().Read([file]);
            Require(result.Problems.Count == 0, $"{result.Problems.Count} ingest problems, first: {result.Problems.FirstOrDefault()}");
            papers.AddRange(result.Papers);
            reading.Advance();
        }
        reading.Finish();
        return papers;
    }

    /// <summary>Entries the extractor threw on are bugs: listed, and the run's exit code says so.</summary>
    private static int ReportFailures(IReadOnlyList<(string Id, SourceLocation Source, string Error)> failures, int entries)
    {
        if (failures.Count == 0) return 0;
        Console.WriteLine();
        Console.WriteLine($"EXTRACTOR FAILURES: {failures.Count:N0} of {entries:N0} entries threw (counted above as empty extractions); re-create with the same --seed and --keep:");
        foreach (var (id, source, error) in failures.Take(10))
            Console.WriteLine($"  {id} ({source}): {error}");
        return 3;
    }

    private static double Microseconds(TimeSpan time, int entries) => time.TotalMicroseconds / entries;

    private static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The machine is shared: a high load average explains wall times far above CPU times.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new InvalidOperationException("benchmark corpus invalid: " + message);
    }
}
