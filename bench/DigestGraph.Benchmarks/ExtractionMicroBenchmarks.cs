using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DigestGraph.Extract;
using DigestGraph.Extract.Candidates;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract.Text;
using DigestGraph.Extract.Quantities;
using DigestGraph.Ingest;
using DigestGraph.Synthetic;

namespace DigestGraph.Benchmarks;

/// <summary>
/// Per-entry timings over a fixed batch of synthetic entries: parsing (the baseline), extraction, quantity recognition,
/// and the two scans of extraction that read every character of an abstract (lexicon aliases, Latin-script names).
/// Runs in process with a short job so that it stays cheap on a shared machine.
/// </summary>
[MemoryDiagnoser]
public class ExtractionMicroBenchmarks
{
    private const int Batch = 200;

    private string _digest = "";
    private IReadOnlyList<Paper> _papers = [];
    private readonly DigestParser _parser = new();
    private readonly QuantityRecognizer _quantities = new();
    private IExtractor _extractor = null!;
    private string[] _normalizedAbstracts = [];
    private readonly LatinNameFinder _latinNames = new(ExtractionKnowledge.Default);

    public static int Run(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        var summary = BenchmarkRunner.Run<ExtractionMicroBenchmarks>(config, args);
        return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? 1 : 0;
    }

    [GlobalSetup]
    public void Setup()
    {
        var generator = SyntheticDigestGenerator.FromSeedDirectory(SeedDirectory.Find(), seed: 1);
        _digest = string.Concat(generator.Entries(Batch).Select(e => e.ToMarkdown()));
        _papers = _parser.Parse(_digest, "micro.txt").Papers;
        _extractor = Extractors.RuleOnly();
        _normalizedAbstracts = _papers.Select(p => InputNormalizer.Normalize(p.Abstract)).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public int Parse() => _parser.Parse(_digest, "micro.txt").Papers.Count;

    [Benchmark(OperationsPerInvoke = Batch)]
    public int Extract()
    {
        var entities = 0;
        foreach (var paper in _papers) entities += _extractor.Extract(paper).Entities.Count;
        return entities;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int RecognizeQuantities()
    {
        var quantities = 0;
        foreach (var paper in _papers) quantities += _quantities.Recognize(paper.Abstract).Count;
        return quantities;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int ScanLexicon()
    {
        var matches = 0;
        foreach (var text in _normalizedAbstracts) matches += ExtractionKnowledge.Default.Lexicon.Scan(text).Count;
        return matches;
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public int FindLatinNames()
    {
        var names = 0;
        foreach (var text in _normalizedAbstracts) names += _latinNames.Find(text).Count;
        return names;
    }
}
