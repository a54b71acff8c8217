using System.IO.Compression;
using System.Text;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

/// <summary>The arXiv metadata snapshot as users have it: JSON Lines under a .json name, often gzipped, gigabytes long.</summary>
public sealed class ArxivDumpReadingTests
{
    private static string Line(int n, string categories = "cs.CL cs.LG", string? abstractText = "We study things.") =>
        "{\"id\": \"" + Id(n) + "\", \"submitter\": \"A. Person\", \"authors\": \"A. Person, B. Person\", \"title\": \"Paper " + n +
        "\", \"comments\": null, \"journal-ref\": null, \"doi\": null, \"report-no\": null, \"categories\": \"" + categories +
        "\", \"license\": null" + (abstractText is null ? "" : ", \"abstract\": \"  " + abstractText + "\\n\"") +
        ", \"versions\": [{\"version\": \"v1\", \"created\": \"Mon, 1 Jan 2024 00:00:00 GMT\"}], \"update_date\": \"2024-01-02\", " +
        "\"authors_parsed\": [[\"Person\", \"A.\", \"\"], [\"Person\", \"B.\", \"\"]]}";

    private static string Id(int n) => $"2401.{n:D5}";

    [Fact]
    public void A_json_named_snapshot_is_read_as_json_lines_by_its_content()
    {
        using var dir = new TempDirectory();
        var dump = dir.Write("arxiv-metadata-oai-snapshot.json", Line(1) + "\n" + Line(2) + "\n");

        var result = new CorpusReader().Read([dump]);

        Assert.Empty(result.Problems);
        Assert.Equal([Id(1), Id(2)], result.Papers.Select(p => p.Id));
        Assert.Equal(["cs.CL", "cs.LG"], result.Papers[0].Categories);
        Assert.Equal("We study things.", result.Papers[0].Abstract);
    }

    [Theory]
    [InlineData("arxiv-metadata-oai-snapshot.json.gz")]
    [InlineData("papers.jsonl.gz")]
    [InlineData("no-extension")]
    public void Gzipped_input_is_read_whatever_its_name(string name)
    {
        using var dir = new TempDirectory();
        var file = dir.Write(name, Gzip(Line(1) + "\n" + Line(2) + "\n"));

        var result = new CorpusReader().Read([file]);

        Assert.Empty(result.Problems);
        Assert.Equal([Id(1), Id(2)], result.Papers.Select(p => p.Id));
    }

    [Fact]
    public void A_gzipped_digest_is_read_as_a_digest()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("digest.md.gz", Gzip("## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nGood abstract.\n"));

        Assert.Equal(["2401.00001"], new CorpusReader().Read([file]).Papers.Select(p => p.Id));
    }

    [Fact]
    public void A_file_of_several_blocks_keeps_line_numbers_and_order_across_blocks()
    {
        using var dir = new TempDirectory();
        const int lines = 3_000; // about 1 KB a line: three blocks of 1 MiB
        var padding = new string('x', 700);
        var text = new StringBuilder();
        var badLines = new List<int>();
        for (var n = 1; n <= lines; n++)
        {
            if (n % 997 == 0)
            {
                text.Append("{\"id\": \"").Append(Id(n)).Append("\", \"title\": \"broken\n");
                badLines.Add(n);
            }
            else text.Append(Line(n, abstractText: padding)).Append('\n');
        }
        var dump = dir.Write("dump.json", text.ToString());

        var result = new CorpusReader().Read([dump]);

        Assert.True(new FileInfo(dump).Length > 2 << 20);
        Assert.Equal(Enumerable.Range(1, lines).Where(n => !badLines.Contains(n)).Select(Id), result.Papers.Select(p => p.Id));
        Assert.Equal(badLines, result.Problems.Select(p => p.Location.Line));
        Assert.All(result.Papers, p => Assert.Equal(int.Parse(p.Id[5..]), p.Source.Line));
    }

    [Fact]
    public void A_long_digest_cut_into_pieces_reads_as_one_parse_of_the_whole_text()
    {
        using var dir = new TempDirectory();
        var text = new StringBuilder();
        for (var n = 1; n <= 1_500; n++)
        {
            text.Append($"## Paper {n}\n[论文](https://arxiv.org/abs/{Id(n)})\n\n");
            text.Append(n % 100 == 0 ? "```\n## not a heading inside a fence\n```\n\n" : "Abstract of some length to fill the piece.\n\n");
            if (n % 301 == 0) text.Append("## No Link\n[无](https://example.org)\n\nLost.\n\n");
        }
        var digest = dir.Write("big.md", text.ToString());

        var streamed = new CorpusReader().Read([digest]);
        var whole = new DigestParser().Parse(text.ToString(), digest);

        Assert.Equal(1_500, streamed.Papers.Count);
        Assert.Equal(PaperSnapshot.Of(whole.Papers), PaperSnapshot.Of(streamed.Papers));
        Assert.Equal(whole.Problems, streamed.Problems);
    }

    [Fact]
    public void Categories_keep_the_listed_ones_and_those_under_a_prefix()
    {
        using var dir = new TempDirectory();
        var dump = dir.Write("dump.json", string.Join("\n",
            Line(1, "cs.CL"), Line(2, "math.CO"), Line(3, "stat.ML cs.LG"), Line(4, "cs.RO"), Line(5, "hep-th")) + "\n");

        var ml = new CorpusReader(categories: CategoryFilter.Parse("cs.CL,cs.CV,cs.LG")).Read([dump]);
        var cs = new CorpusReader(categories: CategoryFilter.Parse("cs.")).Read([dump]);

        Assert.Equal([Id(1), Id(3)], ml.Papers.Select(p => p.Id));
        Assert.Equal(3, ml.OutsideCategories);
        Assert.Empty(ml.Problems);
        Assert.Equal([Id(1), Id(3), Id(4)], cs.Papers.Select(p => p.Id));
    }

    [Fact]
    public void Category_filter_keeps_papers_that_carry_no_categories()
    {
        Assert.True(CategoryFilter.Parse("cs.CL").Keeps([]));
        Assert.False(CategoryFilter.Parse("cs.CL").Keeps(["cs.CLX"]));
        Assert.True(CategoryFilter.Parse("cs").Keeps(["cs.AI"]));
        Assert.Throws<FormatException>(() => CategoryFilter.Parse(" , "));
    }

    [Fact]
    public void A_line_without_abstract_is_skipped_with_file_and_line()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("seed.gold.jsonl",
            """{"id": "2401.00001", "title": "Annotated", "entities": [], "relations": []}""" + "\n" + Line(2) + "\n");

        var result = new CorpusReader().Read([gold]);

        Assert.Equal([Id(2)], result.Papers.Select(p => p.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourceLocation(gold, 1), problem.Location);
        Assert.Contains("\"abstract\"", problem.Message);
    }

    [Fact]
    public void A_pretty_printed_json_document_named_on_the_command_line_is_one_problem_and_in_a_directory_passed_over()
    {
        using var dir = new TempDirectory();
        var document = dir.Write("settings.json", "{\n  \"a\": 1\n}\n");
        dir.Write("good.md", "## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nGood abstract.\n");

        var named = new CorpusReader().Read([document]);
        var walked = new CorpusReader().Read([dir.Path]);

        Assert.Contains("not JSON Lines", Assert.Single(named.Problems).Message);
        Assert.Empty(walked.Problems);
        Assert.Single(walked.Papers);
    }

    [Fact]
    public void A_digest_that_opens_with_a_link_line_is_still_a_digest()
    {
        using var dir = new TempDirectory();
        var digest = dir.Write("digest.md", "[目录](https://example.org/toc)\n\n## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nGood abstract.\n");

        var result = new CorpusReader().Read([digest]);

        Assert.Equal(["2401.00001"], result.Papers.Select(p => p.Id));
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }
}
