using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

public sealed class BadInputTests
{
    private const string GoodDigest = "## Good\n[好](https://arxiv.org/abs/2401.00001)\n\nGood abstract.\n";

    [Fact]
    public void A_directory_search_passes_over_hidden_and_tool_folders()
    {
        using var dir = new TempDirectory();
        dir.Write("digest.md", GoodDigest);
        foreach (var folder in new[] { ".git", ".cache", "node_modules", "bin", "obj" })
        {
            Directory.CreateDirectory(Path.Combine(dir.Path, folder, "deep"));
            dir.Write(Path.Combine(folder, "deep", "README.md"), "# Not a digest\n\nno link\n");
        }
        dir.Write(".hidden.md", "# Not a digest either\n");

        var result = new CorpusReader().Read([dir.Path]);

        Assert.Empty(result.Problems);
        Assert.Equal(["2401.00001"], result.Papers.Select(p => p.Id));
    }

    [Fact]
    public void Missing_paths_are_named_beside_existing_ones()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("digest.md", GoodDigest);
        var missing = Path.Combine(dir.Path, "no-such.md");

        Assert.Equal([missing], InputFiles.Missing([good, missing, dir.Path]));
    }

    [Fact]
    public void Control_characters_are_dropped_from_a_digest_and_the_rest_of_the_title_kept()
    {
        using var dir = new TempDirectory();
        var digest = dir.Write("digest.md",
            "## Title with \u001b[31mred\u001b[0m and \u0001 bell\u0007\n[好](https://arxiv.org/abs/2401.00001)\n\nAbstract\u001b[2J with\ttab.\n\nSecond\u007f\u0085 paragraph.\n");

        var paper = Assert.Single(new CorpusReader().Read([digest]).Papers);

        Assert.Equal("Title with red and  bell", paper.Title);
        Assert.Equal("Abstract with\ttab.\n\nSecond paragraph.", paper.Abstract);
    }

    [Fact]
    public void Control_characters_are_dropped_from_json_lines()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("papers.jsonl",
            """{"id": "2401.00001", "title": "Cut \u001b[1mhere\u001b[0m? no\u0001", "abstract": "Line one\r\nline two\u0007.", "categories": "cs.CL\u001b"}""" + "\n");

        var paper = Assert.Single(new CorpusReader().Read([file]).Papers);

        Assert.Equal("Cut here? no", paper.Title);
        Assert.Equal("Line one\nline two.", paper.Abstract);
        Assert.Equal(["cs.CL"], paper.Categories);
    }

    [Theory]
    [InlineData("""{"id": 2401.00001, "title": "T", "abstract": "A."}""", "\"id\" must be a string such as \"2411.10440\", found a number (2401.00001)")]
    [InlineData("""{"id": "2401.00001", "title": ["T"], "abstract": "A."}""", "\"title\" must be a string, found an array")]
    [InlineData("""{"id": "2401.00001", "title": "T", "abstract": {"text": "A."}}""", "\"abstract\" must be a string, found an object")]
    [InlineData("""{"id": "2401.00001", "title": "T", "abstract": "A.", "categories": 5}""", "\"categories\" must be a string of space-separated categories or an array of strings, found a number (5)")]
    [InlineData("""{"id": "2401.00001", "title": "T", "abstract": "A.", "update_date": true}""", "\"update_date\" must be a string such as \"2024-01-31\", found a boolean (true)")]
    [InlineData("""{"id": "2401.00001", "title": "T"}""", "paper 2401.00001 has no \"abstract\"")]
    public void A_field_of_the_wrong_kind_says_what_is_wrong(string line, string message)
    {
        var problem = Assert.Single(new JsonLinesReader().Parse(line + "\n", "papers.jsonl").Problems);

        Assert.Contains(message, problem.Message);
        Assert.Equal(new SourceLocation("papers.jsonl", 1), problem.Location);
    }
}
