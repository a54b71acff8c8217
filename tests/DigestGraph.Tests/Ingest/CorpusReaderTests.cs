using System.Text;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

public sealed class CorpusReaderTests
{
    private const string GoodDigest = "## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nGood abstract.\n";
    private const string BadDigest = "## Good Too\n[好](https://arxiv.org/abs/2401.00002)\n\nFine.\n\n## No Link\n[无](https://example.org)\n\nLost.\n";

    [Fact]
    public void Reads_the_seed_directory_in_name_order()
    {
        var result = new CorpusReader().Read([RepoPaths.Seeds]);

        Assert.Empty(result.Problems);
        Assert.Equal(78, result.Papers.Count);
        Assert.Equal("2411.10440", result.Papers[0].Id);
        Assert.Equal("2403.04642", result.Papers[^1].Id);
    }

    [Fact]
    public void Mixed_directory_reads_digests_and_json_lines_and_ignores_other_files()
    {
        using var dir = new TempDirectory();
        dir.Write("a.md", GoodDigest);
        dir.Write("b.jsonl", """{"id": "2401.00003", "title": "From JSON", "abstract": "J."}""" + "\n");
        dir.Write("notes.csv", "id,title\n");

        var result = new CorpusReader().Read([dir.Path]);

        Assert.Empty(result.Problems);
        Assert.Equal(["2401.00001", "2401.00003"], result.Papers.Select(p => p.Id));
    }

    [Fact]
    public void File_that_is_not_UTF8_is_a_problem_with_its_line_and_other_files_are_kept()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("a.md", GoodDigest);
        var latin1 = dir.Write("b.md", [.. Encoding.UTF8.GetBytes("## Title\n[t](https://arxiv.org/abs/2401.00005)\n\nCaf"), 0xE9, (byte)'\n']);

        var result = new CorpusReader().Read([good, latin1]);

        Assert.Equal(["2401.00001"], result.Papers.Select(p => p.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourceLocation(latin1, 4), problem.Location);
        Assert.Contains("not UTF-8", problem.Message);
    }

    [Fact]
    public void Binary_file_with_NUL_bytes_is_a_problem()
    {
        using var dir = new TempDirectory();
        var binary = dir.Write("image.md", [0x89, (byte)'P', (byte)'N', (byte)'G', 0, 0, 0, 0]);

        var result = new CorpusReader().Read([binary]);

        Assert.Empty(result.Papers);
        Assert.Equal(binary, Assert.Single(result.Problems).Location.File);
    }

    [Fact]
    public void Default_mode_skips_bad_entries_and_keeps_their_neighbours()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("bad.md", BadDigest);
        var good = dir.Write("good.md", GoodDigest);

        var result = new CorpusReader().Read([bad, good]);

        Assert.Equal(["2401.00002", "2401.00001"], result.Papers.Select(p => p.Id));
        Assert.Equal(new SourceLocation(bad, 6), Assert.Single(result.Problems).Location);
    }

    [Fact]
    public void Strict_mode_throws_on_the_first_problem_with_file_and_line()
    {
        using var dir = new TempDirectory();
        var bad = dir.Write("bad.md", BadDigest);

        var e = Assert.Throws<IngestException>(() => new CorpusReader(strict: true).Read([bad]));

        Assert.Equal(new SourceLocation(bad, 6), e.Problem.Location);
        Assert.Contains($"{bad}:6", e.Message);
    }

    [Fact]
    public void Strict_mode_reads_clean_input()
    {
        Assert.Equal(78, new CorpusReader(strict: true).Read([RepoPaths.Seeds]).Papers.Count);
    }

    [Fact]
    public void Same_id_across_files_is_kept_once_and_a_changed_text_is_reported()
    {
        using var dir = new TempDirectory();
        var a = dir.Write("a.md", GoodDigest);
        var same = dir.Write("b.md", GoodDigest);
        var changed = dir.Write("c.md", GoodDigest.Replace("Good abstract.", "Another abstract."));

        var result = new CorpusReader().Read([a, same, changed]);

        Assert.Single(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourceLocation(changed, 1), problem.Location);
        Assert.Contains($"{a}:1", problem.Message);
        Assert.Throws<IngestException>(() => new CorpusReader(strict: true).Read([a, changed]));
    }

    [Fact]
    public void Missing_path_is_a_problem_and_other_paths_are_read()
    {
        var missing = Path.Combine(Path.GetTempPath(), "digestgraph-no-such-" + Guid.NewGuid().ToString("N"));

        var result = new CorpusReader().Read([missing, RepoPaths.Seed("000")]);

        Assert.Equal(10, result.Papers.Count);
        Assert.Equal(missing, Assert.Single(result.Problems).Location.File);
    }
}
