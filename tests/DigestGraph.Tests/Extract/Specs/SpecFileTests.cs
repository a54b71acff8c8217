namespace DigestGraph.Tests.Extract.Specs;

public class SpecFileTests
{
    [Fact]
    public void A_second_paper_under_one_heading_is_an_error_naming_file_and_line()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("two-papers.md", "## Two papers\n\n```paper\ntitle: A\n---\nOne.\n```\n\n```paper\ntitle: B\n---\nTwo.\n```\n\n```expect\nentity X\n```\n");

        var error = Assert.Throws<FormatException>(() => SpecFile.Read(path).ToList());
        Assert.Contains("two-papers.md:9", error.Message);
        Assert.Contains("second paper block", error.Message);
    }
}
