using DigestGraph.Ingest;
using DigestGraph.Synthetic;

namespace DigestGraph.Tests.Synthetic;

public sealed class SyntheticDigestGeneratorTests
{
    private const int Count = 120;

    private static readonly SyntheticDigestGenerator Generator = SyntheticDigestGenerator.FromSeedDirectory(RepoPaths.Seeds, seed: 7);

    private static string Digest(SyntheticDigestGenerator generator, int count) =>
        string.Concat(generator.Entries(count).Select(e => e.ToMarkdown()));

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    [Fact]
    public void Writes_the_requested_number_of_entries_that_the_digest_parser_reads_without_problems()
    {
        var result = new DigestParser().Parse(Digest(Generator, Count), "synthetic.txt");

        Assert.Empty(result.Problems);
        Assert.Equal(Count, result.Papers.Count);
        Assert.Equal(Count, result.Papers.Select(p => p.Id).Distinct().Count());
        Assert.All(result.Papers, p => Assert.False(string.IsNullOrWhiteSpace(p.Abstract)));
    }

    [Fact]
    public void Mixes_chinese_abstracts_with_plain_english_ones()
    {
        var papers = new DigestParser().Parse(Digest(Generator, Count), "synthetic.txt").Papers;

        var chinese = papers.Count(p => HasChinese(p.Abstract));
        var english = papers.Count(p => !HasChinese(p.Abstract));
        Assert.InRange(english, Count / 10, Count / 2);
        Assert.True(chinese > english, $"{chinese} Chinese, {english} English");
        Assert.All(papers.Where(p => !HasChinese(p.Abstract)), p => Assert.Null(p.TranslatedTitle));
    }

    [Fact]
    public void Is_deterministic_for_a_seed_and_differs_between_seeds()
    {
        var again = SyntheticDigestGenerator.FromSeedDirectory(RepoPaths.Seeds, seed: 7);
        var other = SyntheticDigestGenerator.FromSeedDirectory(RepoPaths.Seeds, seed: 8);

        Assert.Equal(Digest(Generator, 40), Digest(again, 40));
        Assert.NotEqual(Digest(Generator, 40), Digest(other, 40));
    }

    [Fact]
    public void Varies_names_but_keeps_some_so_entities_recur()
    {
        var seedTitles = new CorpusReader().Read([RepoPaths.Seeds]).Papers.Select(p => p.Title).ToHashSet();
        var titles = Generator.Entries(Count).Select(e => e.Title).ToArray();

        Assert.Contains(titles, t => !seedTitles.Contains(t));
        Assert.Contains(titles, seedTitles.Contains);
        Assert.True(titles.Distinct().Count() > seedTitles.Count, "more distinct titles than the seeds have");
    }

    [Fact]
    public void Writes_a_corpus_of_digest_files_that_the_corpus_reader_reads_back()
    {
        var directory = Path.Combine(Path.GetTempPath(), "digestgraph-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = Generator.WriteCorpus(directory, count: 45, entriesPerFile: 20);

            Assert.Equal(3, files.Count);
            var result = new CorpusReader(strict: true).Read([directory]);
            Assert.Equal(45, result.Papers.Count);
            Assert.Equal(Generator.Entries(45).Select(e => e.Id), result.Papers.Select(p => p.Id));
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
