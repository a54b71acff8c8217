using System.Text;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

public sealed class CorpusReaderTests
{
    private const string GoodDigest = "## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nGood abstract.\n";
    private const string BadDigest = "## Good Too\n[好](https://arxiv.org/abs/2401.00002)\n\nFine.\n\n## No Link\n[无](https://example.org)\n\nLost.\n";
    private const string BadEntry = "## No Link\n[无](https://example.org)\n\nLost.\n\n";

    // Large enough that its parse ends after those of the small files that follow it.
    private const int LargeFileEntries = 2_000;

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

    [Fact]
    public void Files_parsed_in_parallel_give_papers_and_problems_in_file_then_entry_order()
    {
        using var dir = new TempDirectory();
        var (first, firstBadLine) = WriteLargeFirstFile(dir);
        var expectedIds = Enumerable.Range(1, LargeFileEntries).Select(Id).ToList();
        var expectedProblems = new List<SourceLocation> { new(first, firstBadLine) };
        for (var file = 1; file <= 40; file++)
        {
            var ids = Enumerable.Range(10_000 + 3 * file, 3).ToArray();
            var bad = file % 7 == 0;
            var path = dir.Write($"{file:D2}.md", Entry(ids[0]) + (bad ? BadEntry : "") + Entry(ids[1]) + Entry(ids[2]));
            expectedIds.AddRange(ids.Select(Id));
            if (bad) expectedProblems.Add(new SourceLocation(path, 6));
        }

        var result = new CorpusReader().Read([dir.Path]);

        Assert.Equal(expectedIds, result.Papers.Select(p => p.Id));
        Assert.Equal(expectedProblems, result.Problems.Select(p => p.Location));
    }

    [Fact]
    public void Strict_mode_stops_at_the_first_bad_entry_in_file_order_though_later_files_are_parsed_first()
    {
        using var dir = new TempDirectory();
        var (first, firstBadLine) = WriteLargeFirstFile(dir);
        for (var file = 1; file <= 20; file++)
            dir.Write($"{file:D2}.md", BadEntry + Entry(10_000 + file));

        var e = Assert.Throws<IngestException>(() => new CorpusReader(strict: true).Read([dir.Path]));

        Assert.Equal(new SourceLocation(first, firstBadLine), e.Problem.Location);
    }

    [Fact]
    public void A_repeated_id_is_reported_against_its_first_file_even_when_a_later_file_is_parsed_first()
    {
        using var dir = new TempDirectory();
        var (first, _) = WriteLargeFirstFile(dir);
        var later = dir.Write("01.md", Entry(LargeFileEntries, "Another abstract."));

        var result = new CorpusReader().Read([dir.Path]);

        Assert.Equal(first, Assert.Single(result.Papers, p => p.Id == Id(LargeFileEntries)).Source.File);
        var duplicate = Assert.Single(result.Problems, p => p.Location.File == later);
        Assert.Contains($"first seen at {first}:{5 * LargeFileEntries - 4}", duplicate.Message);
    }

    [Fact]
    public void A_reading_yields_papers_before_it_is_finished_and_the_whole_result_at_the_end()
    {
        var reading = new CorpusReader().Open([RepoPaths.Seeds]);
        using var papers = reading.Papers.GetEnumerator();

        Assert.True(papers.MoveNext());
        Assert.Equal("2411.10440", papers.Current.Id);
        Assert.Throws<InvalidOperationException>(() => reading.Result);
        while (papers.MoveNext()) { }
        Assert.Equal(78, reading.Result.Papers.Count);
        Assert.Equal(reading.Result.Papers.Select(p => p.Id), reading.Papers.Select(p => p.Id)); // read again: the same papers
    }

    [Fact]
    public void Two_enumerations_at_once_are_refused_with_a_reason()
    {
        var reading = new CorpusReader().Open([RepoPaths.Seeds]);
        using var first = reading.Papers.GetEnumerator();
        Assert.True(first.MoveNext());

        var error = Assert.Throws<InvalidOperationException>(() => reading.Papers.First());

        Assert.Contains("still being read", error.Message);
    }

    private static string Id(int number) => $"2401.{number:D5}";

    /// <summary>Five lines: the heading is line 5k + 1 for the k-th entry (from 0) of a file.</summary>
    private static string Entry(int number, string text = "Abstract.") => $"## Paper {number}\n[论文](https://arxiv.org/abs/{Id(number)})\n\n{text}\n\n";

    /// <summary>"00.md": <see cref="LargeFileEntries"/> entries, then a bad one; returns the file and the bad entry's line.</summary>
    private static (string File, int BadLine) WriteLargeFirstFile(TempDirectory dir)
    {
        var text = string.Concat(Enumerable.Range(1, LargeFileEntries).Select(n => Entry(n))) + BadEntry;
        return (dir.Write("00.md", text), 5 * LargeFileEntries + 1);
    }
}
