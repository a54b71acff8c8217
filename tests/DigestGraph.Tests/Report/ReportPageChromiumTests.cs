using System.Text.RegularExpressions;
using DigestGraph.Export.Report;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Tests.Report;

/// <summary>The written page, rendered by headless Chromium: what a person opening report.html from disk sees.</summary>
public sealed class ReportPageChromiumTests
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    private static (string Dom, string Log) Render(KnowledgeGraph graph, string name)
    {
        var path = Path.Combine(Artifacts, name + ".html");
        HtmlReportWriter.Write(graph, null, path);
        var rendered = HeadlessChromium.DumpDom(path);
        // Kept as a test artefact: what the page looked like in this run.
        var png = Path.Combine(Artifacts, name + ".png");
        HeadlessChromium.Screenshot(path, png);
        Assert.True(new FileInfo(png).Length > 10_000, $"no screenshot at {png}");
        return rendered;
    }

    private static int Attribute(string dom, string name)
    {
        var m = Regex.Match(dom, $@"<html[^>]*\s{name}=""(\d+)""");
        Assert.True(m.Success, $"the page did not record {name}: its script did not finish");
        return int.Parse(m.Groups[1].Value);
    }

    private static int Count(string dom, string pattern) => Regex.Matches(dom, pattern).Count;

    private static void AssertConsoleSilent(string dom, string log)
    {
        Assert.DoesNotMatch(@"<html[^>]*\sdata-errors=", dom);
        var errors = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToArray();
        Assert.True(errors.Length == 0, "the page wrote to the console (errors, warnings or logs):\n" + string.Join('\n', errors));
    }

    [Fact]
    public void Page_shows_the_graph_leaderboards_central_entities_and_a_card_per_paper()
    {
        var graph = ReportFixtures.Leaderboards();
        var (dom, log) = Render(graph, "fixture-report");

        AssertConsoleSilent(dom, log);
        Assert.Contains("data-ready=\"true\"", dom);
        Assert.Equal(graph.Papers.Count, Count(dom, @"<article class=""paper-card"""));
        Assert.Equal(graph.Relations.Count(r => r.Type == RelationType.EVALUATED_ON), Count(dom, @"<tr class=""lb-row"""));
        Assert.Equal(3, Count(dom, @"<div class=""leaderboard"""));
        Assert.Equal(Math.Min(graph.Entities.Count, ReportDataBuilder.CentralEntityCount), Count(dom, @"<tr class=""central-row"""));
        Assert.Equal(graph.Topics.Count + graph.Entities.Count + graph.Papers.Count, Attribute(dom, "data-graph-nodes"));
        Assert.True(Attribute(dom, "data-graph-edges") > 0);
        Assert.True(Attribute(dom, "data-graph-painted") > 1000, "the graph canvas is blank");
        Assert.Contains("LLaVA-o1: 让视觉语言模型逐步推理", dom);
        Assert.Contains("https://arxiv.org/abs/2411.10440", dom);
    }

    [Fact]
    public void Markup_in_digest_text_shows_as_text_and_never_runs()
    {
        var graph = ReportFixtures.Hostile();
        var (dom, log) = Render(graph, "hostile-report");

        AssertConsoleSilent(dom, log);
        Assert.Contains("data-ready=\"true\"", dom);
        Assert.DoesNotMatch(@"<html[^>]*\sdata-pwned=", dom);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", dom);
        Assert.Contains("&lt;img src=x onerror=", dom);
        Assert.Contains("&lt;b&gt;Bold&lt;/b&gt;Net", dom);
        Assert.DoesNotContain("<img src=\"x\"", dom);
        Assert.DoesNotContain("<b>Bold</b>", dom);
        Assert.Equal(1, Count(dom, @"<article class=""paper-card"""));
        Assert.Equal(1, Count(dom, @"<tr class=""lb-row"""));
    }
}
