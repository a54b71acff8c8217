using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

public sealed class JsonLinesReaderTests
{
    private static IngestResult Parse(string text) => new JsonLinesReader().Parse(text, "papers.jsonl");

    [Fact]
    public void Reads_arxiv_metadata_lines()
    {
        const string text =
            """{"id": "0704.0001", "title": "Calculation of prompt diphoton\n  production cross sections", "abstract": "  A fully differential calculation. Code: https://github.com/x/y.\n", "categories": "hep-ph hep-th", "update_date": "2008-11-13"}""" + "\n" +
            """{"id": "2401.00002v2", "title": "Second", "abstract": "Text."}""" + "\n";

        var result = Parse(text);

        Assert.Empty(result.Problems);
        Assert.Equal(2, result.Papers.Count);
        var first = result.Papers[0];
        Assert.Equal("0704.0001", first.Id);
        Assert.Equal("Calculation of prompt diphoton production cross sections", first.Title);
        Assert.Equal("A fully differential calculation. Code: https://github.com/x/y.", first.Abstract);
        Assert.Equal(["https://github.com/x/y"], first.CodeLinks);
        Assert.Equal(["hep-ph", "hep-th"], first.Categories);
        Assert.Equal("2008-11-13", first.UpdateDate);
        Assert.Equal("https://arxiv.org/abs/0704.0001", first.Url);
        Assert.Equal(new SourceLocation("papers.jsonl", 1), first.Source);
        Assert.Equal("2401.00002", result.Papers[1].Id);
        Assert.Equal(2, result.Papers[1].Source.Line);
    }

    [Fact]
    public void Malformed_and_incomplete_lines_are_skipped_with_their_line_and_neighbours_kept()
    {
        const string text =
            """{"id": "2401.00001", "title": "Good one", "abstract": "A."}""" + "\n" +
            """{"id": "2401.00002", "title": "Broken", "abstract": """ + "\n" +
            "\n" +
            """{"title": "No id", "abstract": "B."}""" + "\n" +
            """{"id": "2401.00004", "abstract": "No title."}""" + "\n" +
            """{"id": "not-an-id", "title": "Bad id"}""" + "\n" +
            """[1, 2]""" + "\n" +
            """{"id": "2401.00007", "title": "Good two", "abstract": "C."}""" + "\n";

        var result = Parse(text);

        Assert.Equal(["2401.00001", "2401.00007"], result.Papers.Select(p => p.Id));
        Assert.Equal([2, 4, 5, 6, 7], result.Problems.Select(p => p.Location.Line));
        Assert.All(result.Problems, p => Assert.Equal("papers.jsonl", p.Location.File));
        Assert.Contains("malformed JSON", result.Problems[0].Message);
        Assert.Contains("\"id\"", result.Problems[1].Message);
        Assert.Contains("\"title\"", result.Problems[2].Message);
    }

    [Fact]
    public void CRLF_and_BOM_change_nothing()
    {
        const string text = """{"id": "2401.00001", "title": "T", "abstract": "A."}""" + "\n" + """{"id": "2401.00002", "title": "U", "abstract": "B."}""" + "\n";

        Assert.Equal(PaperSnapshot.Of(Parse(text).Papers), PaperSnapshot.Of(Parse("\uFEFF" + text.Replace("\n", "\r\n")).Papers));
    }

    [Fact]
    public void Empty_file_is_a_problem()
    {
        var problem = Assert.Single(Parse("\n").Problems);
        Assert.Equal(1, problem.Location.Line);
    }
}
