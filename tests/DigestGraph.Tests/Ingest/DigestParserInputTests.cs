using DigestGraph.Ingest;

namespace DigestGraph.Tests.Ingest;

public sealed class DigestParserInputTests
{
    private const string TwoEntries =
        "## First Paper: A Test\n" +
        "[第一篇论文](https://arxiv.org/abs/2401.00001)\n" +
        "\n" +
        "第一段 with `code` and 10.3\\%.\n" +
        "second line of the first paragraph\n" +
        "\n" +
        "Second paragraph, code at https://github.com/org/repo.\n" +
        "\n" +
        "# Second Paper\n" +
        "[第二篇](https://arxiv.org/pdf/2401.00002v3)\n" +
        "Abstract right under the link.\n";

    private static IngestResult Parse(string text, string file = "digest.md") => new DigestParser().Parse(text, file);

    [Fact]
    public void Reads_fields_of_entries_separated_by_blank_lines_or_none()
    {
        var papers = Parse(TwoEntries).Papers;

        Assert.Equal(2, papers.Count);
        Assert.Equal("2401.00001", papers[0].Id);
        Assert.Equal("First Paper: A Test", papers[0].Title);
        Assert.Equal("第一篇论文", papers[0].TranslatedTitle);
        Assert.Equal(
            "第一段 with `code` and 10.3\\%.\nsecond line of the first paragraph\n\nSecond paragraph, code at https://github.com/org/repo.",
            papers[0].Abstract);
        Assert.Equal(["https://github.com/org/repo"], papers[0].CodeLinks);
        Assert.Equal(new SourceLocation("digest.md", 1), papers[0].Source);

        Assert.Equal("2401.00002", papers[1].Id);
        Assert.Equal("https://arxiv.org/pdf/2401.00002v3", papers[1].Url);
        Assert.Equal("Abstract right under the link.", papers[1].Abstract);
        Assert.Equal(9, papers[1].Source.Line);
    }

    [Fact]
    public void CRLF_BOM_and_trailing_spaces_change_nothing_but_the_text_they_touch()
    {
        var plain = PaperSnapshot.Of(Parse(TwoEntries).Papers);
        var crlf = PaperSnapshot.Of(Parse("\uFEFF" + TwoEntries.Replace("\n", "  \r\n")).Papers);

        Assert.Equal(plain, crlf);
    }

    [Fact]
    public void English_abstracts_in_the_same_layout_are_read()
    {
        const string english =
            "# Attention Is All You Need\n" +
            "[Attention Is All You Need](https://arxiv.org/abs/1706.03762v7)\n\n" +
            "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.\n" +
            "We propose a new simple network architecture, the Transformer.\n\n" +
            "## Old Style Identifier\n" +
            "<https://arxiv.org/abs/hep-th/9901001v2>\n\n" +
            "An abstract of a paper with an old-style identifier.\n";

        var result = Parse(english, "english.md");

        Assert.Empty(result.Problems);
        Assert.Equal(["1706.03762", "hep-th/9901001"], result.Papers.Select(p => p.Id));
        Assert.Null(result.Papers[0].TranslatedTitle);
        Assert.StartsWith("The dominant sequence", result.Papers[0].Abstract);
        Assert.EndsWith("the Transformer.", result.Papers[0].Abstract);
        Assert.Null(result.Papers[1].TranslatedTitle);
        Assert.Equal("An abstract of a paper with an old-style identifier.", result.Papers[1].Abstract);
    }

    [Fact]
    public void Entry_without_arxiv_link_is_skipped_with_file_and_line_and_neighbours_are_kept()
    {
        var text = TwoEntries.Replace("# Second Paper\n", "## Broken Entry\n[无链接](https://example.org/paper)\n\nText.\n\n# Second Paper\n");

        var result = Parse(text, "broken.md");

        Assert.Equal(["2401.00001", "2401.00002"], result.Papers.Select(p => p.Id));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourceLocation("broken.md", 9), problem.Location);
        Assert.Contains("no arXiv link", problem.Message);
        Assert.StartsWith("broken.md:9: ", problem.ToString());
    }

    [Fact]
    public void Duplicate_id_with_the_same_text_is_kept_once_quietly()
    {
        var result = Parse(TwoEntries + "\n" + TwoEntries);

        Assert.Equal(2, result.Papers.Count);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Duplicate_id_with_different_text_is_a_problem_naming_both_places()
    {
        var text = TwoEntries + "\n## First Paper, Rewritten\n[重写](https://arxiv.org/abs/2401.00001v2)\n\nA different abstract.\n";

        var result = Parse(text, "dup.md");

        Assert.Equal(2, result.Papers.Count);
        Assert.Equal("First Paper: A Test", result.Papers[0].Title);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourceLocation("dup.md", 13), problem.Location);
        Assert.Contains("2401.00001", problem.Message);
        Assert.Contains("dup.md:1", problem.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  \n")]
    [InlineData("\uFEFF")]
    public void Empty_file_is_a_problem_at_line_one(string text)
    {
        var result = Parse(text, "empty.md");

        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourceLocation("empty.md", 1), problem.Location);
        Assert.Contains("empty", problem.Message);
    }

    [Fact]
    public void Text_with_a_NUL_character_is_not_text()
    {
        var result = Parse("## Title\n[t](https://arxiv.org/abs/2401.00001)\n\nab\0c\n", "binary.md");

        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(new SourceLocation("binary.md", 4), problem.Location);
        Assert.Contains("not UTF-8 text", problem.Message);
    }

    [Fact]
    public void Text_before_the_first_heading_is_reported_and_entries_still_read()
    {
        var result = Parse("Some preface.\n\n" + TwoEntries, "preface.md");

        Assert.Equal(2, result.Papers.Count);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Location.Line);
    }

    [Fact]
    public void Level_three_headings_stay_inside_the_abstract()
    {
        var result = Parse("## Paper\n[论文](https://arxiv.org/abs/2401.00009)\n\nIntro.\n\n### Results\n\nMore text.\n");

        var paper = Assert.Single(result.Papers);
        Assert.Equal("Intro.\n\n### Results\n\nMore text.", paper.Abstract);
    }

    [Fact]
    public void Heading_lines_inside_fenced_code_do_not_start_an_entry()
    {
        const string text =
            "## Paper\n[论文](https://arxiv.org/abs/2401.00009)\n\nIntro.\n\n```\n## not a heading\n```\n\n" +
            "## Next\n[下一个](https://arxiv.org/abs/2401.00010)\n\nNext abstract.\n";

        var result = Parse(text);

        Assert.Equal(["2401.00009", "2401.00010"], result.Papers.Select(p => p.Id));
        Assert.Equal("Intro.\n\n```\n## not a heading\n```", result.Papers[0].Abstract);
        Assert.Equal(10, result.Papers[1].Source.Line);
    }

    [Fact]
    public void Setext_headings_start_entries_too()
    {
        var result = Parse("First Paper\n===========\n[第一](https://arxiv.org/abs/2401.00011)\n\nOne.\n\nSecond Paper\n------------\n[第二](https://arxiv.org/abs/2401.00012)\n\nTwo.\n");

        Assert.Empty(result.Problems);
        Assert.Equal(["First Paper", "Second Paper"], result.Papers.Select(p => p.Title));
        Assert.Equal([1, 7], result.Papers.Select(p => p.Source.Line));
        Assert.Equal(["One.", "Two."], result.Papers.Select(p => p.Abstract));
    }

    [Fact]
    public void Heading_that_is_itself_the_link_gives_the_title_and_closing_hashes_are_not_part_of_it()
    {
        var result = Parse("## [Linked Title](https://arxiv.org/abs/2401.00013)\n\nLinked.\n\n# Closed Title ##\n[闭合](https://arxiv.org/abs/2401.00014)\n\nClosed.\n");

        Assert.Empty(result.Problems);
        Assert.Equal(["Linked Title", "Closed Title"], result.Papers.Select(p => p.Title));
        Assert.Equal([null, "闭合"], result.Papers.Select(p => p.TranslatedTitle));
        Assert.Equal(["Linked.", "Closed."], result.Papers.Select(p => p.Abstract));
    }

    [Fact]
    public void Link_line_followed_directly_by_text_leaves_only_the_text()
    {
        var paper = Assert.Single(Parse("## T\n[译](https://arxiv.org/abs/2401.00015)\nFirst line.\nSecond line.\n").Papers);

        Assert.Equal("First line.\nSecond line.", paper.Abstract);
    }
}
