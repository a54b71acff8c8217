using DigestGraph.Ingest;
using System.Text;

namespace DigestGraph.Synthetic;

/// <summary>
/// Writes a synthetic digest corpus for benchmarks and tests: Chinese entries recombine sentences of the seed digests
/// (the seed entry's first sentence, then sentences drawn from all seeds) under a seed title; English entries fill the
/// vocabulary's sentence templates under a seed's English title. Model, benchmark and dataset names are varied.
/// The same seed papers, vocabulary and random seed always give the same text.
/// </summary>
internal sealed class SyntheticDigestGenerator
{
    /// <summary>Share of entries with a plain English abstract; the rest are Chinese like the seeds.</summary>
    public const double DefaultEnglishShare = 0.3;

    /// <summary>Share of seed names kept as written, so that entities recur across entries as in real digests.</summary>
    public const double DefaultKeepShare = 0.35;

    private const int IdsPerMonth = 99_999;
    private const int FirstYear = 21;
    private const int ExtraSentencesMax = 3;

    /// <summary>Ids run from 2101 to 9912 months.</summary>
    public const int MaxEntries = IdsPerMonth * 12 * (99 - FirstYear);

    private readonly SeedSentences _seeds;
    private readonly SyntheticVocabulary _vocabulary;

    public SyntheticDigestGenerator(IReadOnlyList<Paper> seedPapers, SyntheticVocabulary vocabulary, int seed)
    {
        _seeds = new SeedSentences(seedPapers);
        _vocabulary = vocabulary;
        Seed = seed;
    }

    public int Seed { get; }
    public double EnglishShare { get; init; } = DefaultEnglishShare;
    public double KeepShare { get; init; } = DefaultKeepShare;

    /// <summary>A generator over the seed digests in <paramref name="seedDirectory"/> (read strictly: a bad seed is an error).</summary>
    public static SyntheticDigestGenerator FromSeedDirectory(string seedDirectory, int seed)
    {
        var papers = new CorpusReader(strict: true).Read([seedDirectory]).Papers;
        if (papers.Count == 0) throw new InvalidDataException($"{seedDirectory}: no seed digest entries to recombine.");
        return new SyntheticDigestGenerator(papers, SyntheticVocabulary.Default, seed);
    }

    /// <summary>The first <paramref name="count"/> entries; ids are unique (yymm.nnnnn, one month per 99,999 entries).</summary>
    public IEnumerable<SyntheticEntry> Entries(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxEntries);
        var random = new Random(Seed);
        var names = new NameMaker(_vocabulary, random);
        var varier = new NameVarier(names, random, KeepShare);
        var english = new EnglishAbstractWriter(_vocabulary, names, random);
        for (var index = 0; index < count; index++)
        {
            varier.Reset();
            var basis = random.Next(_seeds.Papers.Count);
            var title = varier.Vary(_seeds.Papers[basis].Title);
            yield return random.NextDouble() < EnglishShare
                ? new SyntheticEntry(Id(index), title, null, english.Write(OwnName(title, names)), IsEnglish: true)
                : new SyntheticEntry(Id(index), title, TranslatedTitle(basis, varier), ChineseAbstract(basis, varier, random), IsEnglish: false);
        }
    }

    /// <summary>Writes <paramref name="count"/> entries as digest files of <paramref name="entriesPerFile"/> entries each; returns the files in order.</summary>
    public IReadOnlyList<string> WriteCorpus(string directory, int count, int entriesPerFile, IProgress<int>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(entriesPerFile, 1);
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        var text = new StringBuilder();
        var written = 0;
        foreach (var entry in Entries(count))
        {
            text.Append(entry.ToMarkdown());
            if (++written % entriesPerFile == 0 || written == count)
            {
                var file = Path.Combine(directory, $"synthetic_{files.Count:D6}.txt");
                File.WriteAllText(file, text.ToString());
                files.Add(file);
                text.Clear();
                progress?.Report(written);
            }
        }
        return files;
    }

    private string? TranslatedTitle(int basis, NameVarier varier) =>
        _seeds.Papers[basis].TranslatedTitle is { } translated ? varier.Vary(translated) : null;

    private string ChineseAbstract(int basis, NameVarier varier, Random random)
    {
        var own = _seeds.SentencesByPaper[basis];
        var text = new StringBuilder();
        if (own.Count > 0) AppendSentence(text, varier.Vary(own[0]));
        var more = Math.Max(1, own.Count - 1 + random.Next(-ExtraSentencesMax, ExtraSentencesMax + 1));
        for (var k = 0; k < more; k++)
            AppendSentence(text, varier.Vary(_seeds.Pool[random.Next(_seeds.Pool.Count)]));
        return text.ToString().TrimEnd();
    }

    /// <summary>Chinese sentences follow each other directly; one that ends otherwise (a URL, English) gets a space.</summary>
    private static void AppendSentence(StringBuilder text, string sentence)
    {
        text.Append(sentence);
        if (sentence[^1] is not ('。' or '！' or '？')) text.Append(' ');
    }

    /// <summary>The title's own name (before its colon) when it has one, so the abstract talks about it; else a new model name.</summary>
    private static string OwnName(string title, NameMaker names)
    {
        var colon = title.IndexOf(':');
        return colon is > 1 and < 40 ? title[..colon].Trim() : names.Model();
    }

    private static string Id(int index)
    {
        var month = index / IdsPerMonth;
        return $"{FirstYear + month / 12:D2}{month % 12 + 1:D2}.{index % IdsPerMonth + 1:D5}";
    }
}
