namespace DigestGraph.Tests.Extract.Specs;

public class SpecFileTests
{
    [Fact]
    public void A_second_paper_under_one_heading_is_an_error_naming_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.md");
        File.WriteAllText(path, "## Two papers\n\n```paper\ntitle: A\n---\nOne.\n```\n\n```paper\ntitle: B\n---\nTwo.\n```\n\n```expect\nentity X\n```\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => SpecFile.Read(path).ToList());
            Assert.Contains($"{Path.GetFileName(path)}:9", error.Message);
            Assert.Contains("second paper block", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
