using System.Text.RegularExpressions;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Analyse;
using DigestGraph.Export.Report;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Report;

/// <summary>The written page, rendered by headless Chromium: what a person opening report.html from disk sees.</summary>
public sealed class ReportPageChromiumTests
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");

    private static (string Dom, string Log) Render(KnowledgeGraph graph, string name, ReportAnalysis? analysis = null)
    {
        var path = Path.Combine(Artifacts, name + ".html");
        HtmlReportWriter.Write(graph, analysis, path);
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
    public void The_seeds_report_shows_every_paper_result_and_cluster_and_draws_the_graph()
    {
        var input = new CorpusReader(strict: true).Read([RepoPaths.Seeds]);
        var extractor = Extractors.RuleOnly();
        var graph = new GraphBuilder(EntityLexicon.Default).AddRange(input.Papers.Select(extractor.Extract)).Build();
        var analysis = ReportAnalysis.From(ClusterAnalysis.Run(graph), graph);
        var drawn = ReportDataBuilder.Build(graph, analysis).Graph;

        var (dom, log) = Render(graph, "report", analysis);

        AssertConsoleSilent(dom, log);
        Assert.Contains("data-ready=\"true\"", dom);
        Assert.Equal(input.Papers.Count, Count(dom, @"<article class=""paper-card"""));
        Assert.Equal(graph.Relations.Count(r => r.Type == RelationType.EvaluatedOn), Count(dom, @"<tr class=""lb-row"""));
        Assert.Equal(Math.Min(graph.Entities.Count, ReportDataBuilder.CentralEntityCount), Count(dom, @"<tr class=""central-row"""));
        Assert.Equal(drawn.Nodes.Count, Attribute(dom, "data-graph-nodes"));
        Assert.Equal(drawn.Edges.Count, Attribute(dom, "data-graph-edges"));
        Assert.True(drawn.Nodes.Count > 0);
        Assert.Equal(analysis.Clusters.Count, Count(dom, @"<tr class=""cluster-row"""));
        Assert.True(Attribute(dom, "data-graph-painted") > 1000, "the graph canvas is blank");
    }

    [Fact]
    public void Page_shows_the_graph_leaderboards_central_entities_and_a_card_per_paper()
    {
        var graph = ReportFixtures.Leaderboards();
        var (dom, log) = Render(graph, "fixture-report");

        AssertConsoleSilent(dom, log);
        Assert.Contains("data-ready=\"true\"", dom);
        Assert.Equal(graph.Papers.Count, Count(dom, @"<article class=""paper-card"""));
        Assert.Equal(graph.Relations.Count(r => r.Type == RelationType.EvaluatedOn), Count(dom, @"<tr class=""lb-row"""));
        Assert.Equal(3, Count(dom, @"<div class=""leaderboard"""));
        Assert.Equal(Math.Min(graph.Entities.Count, ReportDataBuilder.CentralEntityCount), Count(dom, @"<tr class=""central-row"""));
        Assert.Equal(graph.Topics.Count + graph.Entities.Count + graph.Papers.Count, Attribute(dom, "data-graph-nodes"));
        Assert.True(Attribute(dom, "data-graph-edges") > 0);
        Assert.True(Attribute(dom, "data-graph-painted") > 1000, "the graph canvas is blank");
        Assert.Contains("LLaVA-o1: 让视觉语言模型逐步推理", dom);
        Assert.Contains("https://arxiv.org/abs/2411.10440", dom);
    }

    [Fact]
    public void Selecting_an_entity_shows_its_papers_and_the_evidence_sentences()
    {
        var path = Path.Combine(Artifacts, "selected-report.html");
        HtmlReportWriter.Write(ReportFixtures.Leaderboards(), null, path);

        var (dom, log) = HeadlessChromium.DumpDom(path, "#node=e:mmstar");

        AssertConsoleSilent(dom, log);
        var details = Regex.Match(dom, @"<aside id=""details""[^>]*>(.*?)</aside>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<h3>MMStar</h3>", details);
        Assert.Contains("Papers (2)", details);
        Assert.Contains("“We evaluate Qwen2-VL-7B on MMStar and MathVista with chain-of-thought prompting.”", details);
        Assert.Contains("Qwen2-VL Reasoning at Scale", details);
        Assert.Contains("LLaVA-o1: Let Vision Language Models Reason Step-by-Step", details);
        Assert.Contains("Relations and evidence (3)", details);
        Assert.Contains("Qwen2-VL-7B reaches 60.7 on MMStar.", details);
    }

    [Fact]
    public void Filtering_out_papers_and_a_type_hides_exactly_those_nodes()
    {
        var graph = ReportFixtures.Leaderboards();
        var path = Path.Combine(Artifacts, "filtered-report.html");
        HtmlReportWriter.Write(graph, null, path);

        var (all, _) = HeadlessChromium.DumpDom(path);
        var (filtered, log) = HeadlessChromium.DumpDom(path, "#hide=paper,Metric");

        AssertConsoleSilent(filtered, log);
        var total = graph.Topics.Count + graph.Entities.Count + graph.Papers.Count;
        Assert.Equal(total, Attribute(all, "data-visible-nodes"));
        Assert.Equal(total - graph.Papers.Count - graph.Entities.Count(e => e.Type == EntityType.Metric), Attribute(filtered, "data-visible-nodes"));
    }

    [Fact]
    public void With_analysis_the_page_draws_clusters_and_ranks_entities_by_pagerank()
    {
        var graph = ReportFixtures.Leaderboards();
        var analysis = ReportFixtures.LeaderboardsAnalysis();
        var drawn = ReportDataBuilder.Build(graph, analysis).Graph;

        var (dom, log) = Render(graph, "clusters-report", analysis);

        AssertConsoleSilent(dom, log);
        Assert.Contains("data-ready=\"true\"", dom);
        Assert.Equal(analysis.Clusters.Count, Count(dom, @"<tr class=""cluster-row"""));
        Assert.Equal(drawn.Nodes.Count, Attribute(dom, "data-graph-nodes"));
        Assert.Contains("Topic clusters and their key entities", dom);
        Assert.Contains("<th>PageRank</th>", dom);
        Assert.Contains("Image generation · T2I-CompBench", dom);
        Assert.True(Attribute(dom, "data-graph-painted") > 1000, "the graph canvas is blank");
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
