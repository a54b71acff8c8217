using System.Diagnostics;
using System.Text;
using System.Text.Json;
using DigestGraph.Ingest;

namespace DigestGraph.Benchmarks;

/// <summary>
/// <c>arxiv-dump [--lines N] [--seed S] [--file PATH] [--keep]</c>: writes a dump in the shape of the arXiv metadata
/// snapshot (JSON Lines under a .json name, every field of the real one, about 1.5 KB a line, a mix of categories of
/// which about a quarter is cs.CL, cs.CV or cs.LG), then measures in one run the baseline, counting its lines with a
/// plain StreamReader, <see cref="CorpusReader"/> reading it with <c>--categories cs.CL,cs.CV,cs.LG</c> as build does,
/// and with a category no line has (every line parsed, nothing kept: the memory of the streaming alone).
/// Lines per second, processor time against wall time (above 1: parsing on more than one thread) and peak memory.
/// </summary>
internal static class ArxivDumpBenchmark
{
    private const int DefaultLines = 1_000_000;
    private const double Mebibyte = 1 << 20;
    private const string MlCategories = "cs.CL,cs.CV,cs.LG";

    private static readonly string[] ValuedOptions = ["--lines", "--seed", "--file"];
    private static readonly string[] FlagOptions = ["--keep"];

    // Category lists as the snapshot writes them; the first three are the ML slice.
    private static readonly string[] CategoryMix =
    [
        "cs.CL", "cs.CV", "cs.LG stat.ML", "math.CO", "math.AP math.FA", "hep-th", "hep-ph", "astro-ph.GA", "cond-mat.str-el",
        "quant-ph", "physics.optics", "math.PR", "cs.RO", "cs.CR", "q-bio.NC", "econ.EM",
    ];

    private static readonly string[] Words =
    [
        "we", "propose", "a", "novel", "method", "for", "learning", "representations", "of", "graphs", "the", "model",
        "achieves", "state-of-the-art", "results", "on", "several", "benchmarks", "and", "outperforms", "previous",
        "approaches", "by", "large", "margin", "our", "analysis", "shows", "that", "training", "with", "data", "improves",
        "generalization", "in", "low-resource", "settings", "theoretical", "bounds", "are", "derived", "experiments",
    ];

    public static int Run(string[] args)
    {
        BenchmarkOptions options;
        int lines, seed;
        try
        {
            options = BenchmarkOptions.Parse(args, ValuedOptions, FlagOptions);
            lines = options.Int("--lines", DefaultLines, minimum: 1);
            seed = options.Int("--seed", 1, minimum: 0);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        var file = options.Text("--file") ?? Path.Combine(Path.GetTempPath(), $"digestgraph-bench-{Environment.ProcessId}", "arxiv-metadata-oai-snapshot.json");
        try
        {
            if (!File.Exists(file))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
                Write(file, lines, seed);
            }
            return Measure(file);
        }
        finally
        {
            if (!options.Has("--keep") && options.Text("--file") is null) Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static int Measure(string file)
    {
        var bytes = new FileInfo(file).Length;
        Console.WriteLine($"dump: {file}, {bytes / Mebibyte:N0} MiB");

        var baseline = Stage("baseline: count lines (StreamReader.ReadLine)", () =>
        {
            using var reader = new StreamReader(file);
            var count = 0;
            while (reader.ReadLine() is not null) count++;
            return (count, count);
        });
        // A category no line has: every line is parsed, no paper kept, so the peak is the streaming's own. It runs
        // before the ML slice, whose kept papers would leave the process's resident memory high.
        var streaming = Stage("CorpusReader --categories none. (nothing kept)", () => Read(file, "none."));
        var reading = Stage($"CorpusReader --categories {MlCategories}", () => Read(file, MlCategories));

        Console.WriteLine();
        Console.WriteLine($"{"stage",-48} {"lines/s",12} {"wall s",8} {"cpu/wall",9} {"peak MiB",9}");
        foreach (var s in new[] { baseline, streaming, reading })
            Console.WriteLine($"{s.Name,-48} {s.EntriesPerSecond,12:N0} {s.Elapsed.TotalSeconds,8:F1} {s.CpuTime / s.Elapsed,9:F2} {s.PeakWorkingSetBytes / Mebibyte,9:N0}");
        Console.WriteLine($"CorpusReader / baseline: {reading.EntriesPerSecond / baseline.EntriesPerSecond:F2}x the lines per second, " +
                          $"{(double)reading.PeakWorkingSetBytes / baseline.PeakWorkingSetBytes:F2}x the peak working set" +
                          (reading.PeakIsPerStage ? "" : " (peaks not reset per stage: lifetime figures)"));
        Console.WriteLine($"nothing kept / baseline: {streaming.EntriesPerSecond / baseline.EntriesPerSecond:F2}x the lines per second, " +
                          $"{(double)streaming.PeakWorkingSetBytes / baseline.PeakWorkingSetBytes:F2}x the peak working set");
        return 0;
    }

    private static (int Lines, int Kept) Read(string file, string categories)
    {
        var result = new CorpusReader(categories: CategoryFilter.Parse(categories)).Read([file]);
        Console.WriteLine($"  --categories {categories}: {result.Papers.Count:N0} papers kept, {result.OutsideCategories:N0} outside, {result.Problems.Count:N0} problems");
        return (result.Papers.Count + result.Problems.Count + (int)result.OutsideCategories, result.Papers.Count);
    }

    private static StageResult Stage(string name, Func<(int Lines, int Kept)> run)
    {
        Console.Error.WriteLine($"  {name} ...");
        using var meter = MemoryMeter.Start();
        var clock = Stopwatch.StartNew();
        var (lines, _) = run();
        clock.Stop();
        return new StageResult(name, lines, clock.Elapsed, meter.CpuTimeSinceStart, MemoryMeter.PeakWorkingSetBytes, meter.PeakManagedBytes, meter.PeakIsPerStage);
    }

    /// <summary>A dump in the snapshot's shape: every field, realistic sizes, the categories dealt from <see cref="CategoryMix"/>.</summary>
    private static void Write(string file, int lines, int seed)
    {
        var random = new Random(seed);
        var progress = new ProgressLine("write dump", lines, "lines");
        using var stream = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var text = new StringBuilder();
        for (var n = 0; n < lines; n++)
        {
            var id = $"{2001 + n / 99_999 % 99:D4}.{n % 99_999 + 1:D5}";
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("submitter", "Ada Lovelace");
            json.WriteString("authors", "Ada Lovelace, Charles Babbage and Alan Turing");
            json.WriteString("title", Sentence(random, text, 8 + random.Next(8), wrapAt: 60));
            json.WriteString("comments", "12 pages, 4 figures");
            json.WriteNull("journal-ref");
            json.WriteString("doi", $"10.1000/{id}");
            json.WriteNull("report-no");
            json.WriteString("categories", CategoryMix[random.Next(CategoryMix.Length)]);
            json.WriteString("license", "http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
            json.WriteString("abstract", "  " + Sentence(random, text, 130 + random.Next(40), wrapAt: 78) + "\n");
            json.WriteStartArray("versions");
            json.WriteStartObject();
            json.WriteString("version", "v1");
            json.WriteString("created", "Mon, 2 Apr 2007 19:18:42 GMT");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("update_date", "2024-01-31");
            json.WriteStartArray("authors_parsed");
            foreach (var (last, first) in new[] { ("Lovelace", "Ada"), ("Babbage", "Charles"), ("Turing", "Alan") })
            {
                json.WriteStartArray();
                json.WriteStringValue(last);
                json.WriteStringValue(first);
                json.WriteStringValue("");
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
            progress.Advance();
        }
        progress.Finish();
    }

    /// <summary>Words wrapped with newlines, as the snapshot's titles and abstracts are.</summary>
    private static string Sentence(Random random, StringBuilder text, int words, int wrapAt)
    {
        text.Clear();
        var lineStart = 0;
        for (var i = 0; i < words; i++)
        {
            if (i > 0) text.Append(text.Length - lineStart > wrapAt ? '\n' : ' ');
            if (text.Length > 0 && text[^1] == '\n') lineStart = text.Length;
            text.Append(Words[random.Next(Words.Length)]);
        }
        return text.Append('.').ToString();
    }
}
