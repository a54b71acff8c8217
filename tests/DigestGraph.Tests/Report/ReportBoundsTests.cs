using DigestGraph.Export.Report;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Report;

public sealed class ReportBoundsTests
{
    [Fact]
    public void Past_its_limits_the_page_keeps_the_representative_and_central_papers_and_counts_what_it_left_out()
    {
        var graph = ReportFixtures.Leaderboards();
        var limits = new ReportLimits { Papers = 2, Clusters = 1, Leaderboards = 1, LeaderboardRows = 2, PapersPerEntity = 1 };

        var data = ReportDataBuilder.Build(graph, ReportFixtures.LeaderboardsAnalysis(), limits);

        // P0 (the larger paper cluster) is listed and its representative paper shown; the most central paper fills the rest.
        Assert.Equal(["P0", "E0"], data.Clusters.Select(c => c.Id));
        Assert.Equal(["2411.10440", "2411.22222"], data.Papers.Select(p => p.Id).Order());
        Assert.Equal((3, 2, 3, 2), (data.Summary.Papers, data.Summary.PapersShown, data.Summary.Clusters, data.Summary.ClustersShown));
        // Only the relations of the shown papers; every entity the page names is in it.
        Assert.All(data.Relations, r => Assert.Contains(r.Paper, data.Papers.Select(p => p.Id)));
        Assert.True(data.Summary.RelationsShown < data.Summary.Relations);
        var named = data.Entities.Select(e => e.Key).ToHashSet();
        Assert.All(data.Papers.SelectMany(p => p.Mentions), m => Assert.Contains(m.Key, named));
        Assert.All(data.Central.Keys, k => Assert.Contains(k, named));
        // MMStar: the most reported board, its first two of three rows; mentioned by two papers, one listed.
        var board = Assert.Single(data.Leaderboards);
        Assert.Equal(("MMStar", 2, 3), (board.Name, board.Rows.Count, board.TotalRows));
        Assert.Equal((3, 1), (data.Summary.Leaderboards, data.Summary.LeaderboardsShown));
        var mmstar = data.Entities.Single(e => e.Key == "mmstar");
        Assert.Equal((1, 2), (mmstar.Papers.Count, mmstar.PaperCount));
    }

    [Fact]
    public void The_page_of_twenty_thousand_papers_stays_under_five_megabytes()
    {
        var abstractText = string.Concat(Enumerable.Repeat("我们提出一种新的视觉语言模型，在多个基准上取得了显著提升。", 40));
        var papers = Enumerable.Range(0, 20_000).Select(i => new PaperNode(
            new Paper($"2501.{i:D5}", $"Paper number {i}", null, $"https://arxiv.org/abs/2501.{i:D5}", abstractText, [], new SourceLocation("big.md", i + 1)),
            ["Reasoning"], "Reasoning")).ToArray();
        var entities = Enumerable.Range(0, 2_000).Select(e => new EntityNode($"model{e}", $"Model {e}", [global::DigestGraph.Extract.EntityType.Model], [])).ToArray();
        var mentions = papers.SelectMany((p, i) => new[] { i % 2_000, (i * 7 + 1) % 2_000, 0 }.Distinct().Select(e => new Mention(p.Id, $"model{e}", false))).ToArray();
        var graph = new KnowledgeGraph(papers, entities, mentions, []);
        using var page = new MemoryStream();

        HtmlReportWriter.Render(ReportDataBuilder.Build(graph, null), page);

        Assert.InRange(page.Length, 1, 5_000_000);
    }
}
