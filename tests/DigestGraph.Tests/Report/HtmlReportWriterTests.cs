using System.Text.Json;
using System.Text.RegularExpressions;
using DigestGraph.Export;
using DigestGraph.Export.Report;

namespace DigestGraph.Tests.Report;

public sealed class HtmlReportWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string WritePage(string name)
    {
        var path = Path.Combine(_temp.Path, name);
        HtmlReportWriter.Write(ReportFixtures.Hostile(), null, path);
        return path;
    }

    [Fact]
    public void The_data_block_carries_digest_text_with_markup_characters_escaped()
    {
        var html = File.ReadAllText(WritePage(HtmlReportWriter.FileName));

        var json = Regex.Match(html, @"<script type=""application/json"" id=""report-data"">(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotMatch("[<>&]", json);
        using var doc = JsonDocument.Parse(json);
        var paper = doc.RootElement.GetProperty("papers")[0];
        Assert.Equal("<script>alert(1)</script>", paper.GetProperty("title").GetString());
        Assert.StartsWith("An abstract with </script>", paper.GetProperty("abstract").GetString());
    }

    [Fact]
    public void The_page_is_self_contained_and_forbids_fetching_anything()
    {
        var html = File.ReadAllText(WritePage("page.html"));

        Assert.DoesNotMatch(@"<(script|img|iframe)[^>]*\ssrc=", html);
        Assert.DoesNotMatch(@"<link\b", html);
        Assert.Contains("Content-Security-Policy\" content=\"default-src 'none';", html);
        Assert.Contains("cytoscape", html);
        // Script and style elements open and close in pairs: no inlined text closed one early.
        Assert.Equal(Regex.Matches(html, "<script").Count, Regex.Matches(html, "</script>").Count);
    }

    [Fact]
    public void The_font_stack_names_CJK_fonts_before_the_generic_family_so_Chinese_is_not_drawn_as_boxes()
    {
        var html = File.ReadAllText(WritePage("page.html"));

        var stack = Regex.Match(html, @"body \{[^}]*font: [^;]*?, (.*?);").Groups[1].Value;
        var families = stack.Split(", ").Select(f => f.Trim('"')).ToArray();
        Assert.Equal("sans-serif", families[^1]);
        foreach (var font in new[] { "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei" })
            Assert.Contains(font, families);
        // The graph is drawn on a canvas, which does not inherit the page's fonts unless told to.
        Assert.Contains("'font-family': getComputedStyle(document.body).fontFamily", html);
    }

    [Fact]
    public void Rewriting_replaces_the_page_whole_and_leaves_no_temporary_file()
    {
        var path = WritePage("report.html");
        File.WriteAllText(path, "old");

        HtmlReportWriter.Write(ReportFixtures.Leaderboards(), null, path);

        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void As_an_export_format_the_report_is_written_with_the_other_files()
    {
        var writer = new GraphFileWriter([new GraphJsonExporter(), new HtmlReportExporter(ReportFixtures.LeaderboardsAnalysis())]);

        var written = writer.WriteAll(ReportFixtures.Leaderboards(), _temp.Path);

        Assert.Equal([Path.Combine(_temp.Path, "graph.json"), Path.Combine(_temp.Path, "report.html")], written);
        var html = File.ReadAllText(written[1]);
        Assert.Contains("\"label\":\"Image generation · T2I-CompBench\"", html);
    }
}
