using DigestGraph.Export.Report;
using DigestGraph.Export.Report.PageModel;

namespace DigestGraph.Tests.Report;

public sealed class ReportDataBuilderTests
{
    [Fact]
    public void Without_analysis_entities_rank_by_degree_and_the_graph_shows_topics_papers_and_entities()
    {
        var graph = ReportFixtures.Leaderboards();

        var data = ReportDataBuilder.Build(graph, null);

        Assert.Equal("degree", data.Central.Measure);
        // MMStar: two papers mention it, three models are evaluated on it.
        Assert.Equal("mmstar", data.Central.Keys[0]);
        Assert.Equal(5, data.Entities.Single(e => e.Key == "mmstar").Degree);
        Assert.Equal(graph.Topics.Count + graph.Entities.Count + graph.Papers.Count, data.Graph.Nodes.Count);
        Assert.Equal(0, data.Graph.OmittedNodes);
        Assert.Contains(data.Graph.Edges, e => e is { Source: "p:2411.10440", Target: "t:Reasoning", Kind: "ABOUT" });
        Assert.Contains(data.Graph.Edges, e => e is { Source: "p:2411.10440", Target: "e:llavao1", Kind: "INTRODUCES" });
        Assert.Contains(data.Graph.Edges, e => e is { Source: "e:llavao1", Target: "e:gpt4omini", Kind: "OUTPERFORMS" });
        Assert.Empty(data.Clusters);
        Assert.Equal(new ReportSummary(3, graph.Entities.Count, graph.Relations.Count, 3, 0, 7), data.Summary);
    }

    [Fact]
    public void Clusters_and_centrality_from_analysis_replace_topics_and_degree()
    {
        var graph = ReportFixtures.Leaderboards();
        var analysis = new ReportAnalysis(
            [new ReportCluster("0", "Visual reasoning · MMStar", 5, ["2411.10440", "2411.11111", "llavao1", "mmstar", "qwen2vl7b"],
                 ["2411.10440"], ["llavao1", "qwen2vl7b"], ["mmstar"], ["chainofthought"]),
             new ReportCluster("1", "Image generation · T2I-CompBench", 3, ["2411.22222", "rag", "t2icompbench"],
                 ["2411.22222"], ["sdxl"], ["t2icompbench"], ["rag"])],
            new Dictionary<string, NodeCentrality> { ["rag"] = new(0.3, 0.1, 1), ["mmstar"] = new(0.2, 0.5, 0) });

        var data = ReportDataBuilder.Build(graph, analysis);

        Assert.Equal("pagerank", data.Central.Measure);
        Assert.Equal(["rag", "mmstar"], data.Central.Keys.Take(2));
        Assert.Equal(2, data.Summary.Clusters);
        Assert.Equal(["c:0", "c:1"], data.Graph.Nodes.Where(n => n.Kind == "cluster").Select(n => n.Id));
        Assert.DoesNotContain(data.Graph.Nodes, n => n.Kind == "topic");
        Assert.Contains(data.Graph.Edges, e => e is { Source: "c:1", Target: "e:t2icompbench", Kind: "IN_CLUSTER" });
        Assert.Contains(data.Graph.Edges, e => e is { Source: "c:0", Target: "p:2411.10440", Kind: "IN_CLUSTER" });
        Assert.Equal("0", data.Papers.Single(p => p.Id == "2411.11111").Cluster);
        Assert.Equal(0.3, data.Entities.Single(e => e.Key == "rag").PageRank);
    }

    [Fact]
    public void A_graph_past_the_node_budget_keeps_the_most_central_entities_and_says_how_many_it_left_out()
    {
        var graph = ReportFixtures.Leaderboards();

        var data = ReportDataBuilder.Build(graph, null, maxGraphNodes: 8);

        Assert.Equal(8, data.Graph.Nodes.Count);
        Assert.Equal(graph.Topics.Count + graph.Entities.Count + graph.Papers.Count - 8, data.Graph.OmittedNodes);
        Assert.Contains(data.Graph.Nodes, n => n.Id == "e:mmstar");
        Assert.DoesNotContain(data.Graph.Nodes, n => n.Id == "e:accuracy");
        var ids = data.Graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(data.Graph.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target)));
    }
}
