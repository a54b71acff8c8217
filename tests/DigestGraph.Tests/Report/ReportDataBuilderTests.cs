using DigestGraph.Extract.Lexicon;
using DigestGraph.Export.Report;
using DigestGraph.Export.Report.PageModel;
using DigestGraph.Extract;
using DigestGraph.Graph;

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
        Assert.Equal(new ReportSummary(3, graph.Entities.Count, graph.Relations.Count, 3, 0, 7) { Leaderboards = 3, LeaderboardsShown = 3 }, data.Summary);
    }

    [Fact]
    public void Clusters_and_centrality_from_analysis_replace_topics_and_degree()
    {
        var graph = ReportFixtures.Leaderboards();
        var analysis = ReportFixtures.LeaderboardsAnalysis();

        var data = ReportDataBuilder.Build(graph, analysis);

        Assert.Equal("pagerank", data.Central.Measure);
        Assert.Equal(["rag", "mmstar"], data.Central.Keys.Take(2));
        Assert.Equal(3, data.Summary.Clusters);
        // Paper clusters are the drawn topic clusters; an entity community is listed but not drawn.
        Assert.Equal(["c:P0", "c:P1"], data.Graph.Nodes.Where(n => n.Kind == "cluster").Select(n => n.Id));
        Assert.DoesNotContain(data.Graph.Nodes, n => n.Kind == "topic");
        Assert.Contains(data.Graph.Edges, e => e is { Source: "c:P1", Target: "e:t2icompbench", Kind: "IN_CLUSTER" });
        Assert.Contains(data.Graph.Edges, e => e is { Source: "c:P0", Target: "p:2411.10440", Kind: "IN_CLUSTER" });
        Assert.Equal(["papers", "papers", "entities"], data.Clusters.Select(c => c.Kind));
        Assert.Equal("P0", data.Papers.Single(p => p.Id == "2411.11111").Cluster);
        Assert.Equal(0.4, data.Papers.Single(p => p.Id == "2411.22222").PageRank);
        Assert.Equal("E0", data.Entities.Single(e => e.Key == "rag").Cluster);
        Assert.Equal("E1", data.Entities.Single(e => e.Key == "mmstar").Cluster);
        Assert.Equal(0.3, data.Entities.Single(e => e.Key == "rag").PageRank);
    }

    [Fact]
    public void A_graph_past_the_node_budget_keeps_the_most_central_entities_and_says_how_many_it_left_out()
    {
        var graph = ReportFixtures.Leaderboards();

        var data = ReportDataBuilder.Build(graph, null, new ReportLimits { GraphNodes = 8 });

        Assert.Equal(8, data.Graph.Nodes.Count);
        Assert.Equal(graph.Topics.Count + graph.Entities.Count + graph.Papers.Count - 8, data.Graph.OmittedNodes);
        Assert.Contains(data.Graph.Nodes, n => n.Id == "e:mmstar");
        Assert.DoesNotContain(data.Graph.Nodes, n => n.Id == "e:accuracy");
        var ids = data.Graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(data.Graph.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target)));
    }

    [Fact]
    public void Each_mention_carries_the_sentence_its_extraction_found_through_the_graph()
    {
        var graph = new GraphBuilder(EntityLexicon.Default).Add(new PaperExtraction(
            ReportFixtures.Paper("2501.00001", "Faster Decoding", null,
                "我们研究推理加速。我们在 A100 GPU 上测试了思维链。Results hold for chain-of-thought prompting. Done."),
            [ReportFixtures.Entity("A100", EntityType.Hardware) with { Evidence = "我们在 A100 GPU 上测试了思维链。" },
             new ExtractedEntity("Chain-of-Thought", EntityType.Method) { Aliases = ["思维链"], Evidence = "Results hold for chain-of-thought prompting." },
             new ExtractedEntity("CoT", EntityType.Method) { Aliases = ["Chain-of-Thought"], Evidence = "a later sentence" },
             ReportFixtures.Entity("Decoding", EntityType.Method) with { Evidence = "Faster Decoding" }],
            [], [], null)).Build();

        var mentions = ReportDataBuilder.Build(graph, null).Papers.Single().Mentions.ToDictionary(m => m.Key, m => m.Evidence);

        Assert.Equal(graph.Mentions.ToDictionary(m => m.EntityKey, m => m.Evidence), mentions);
        Assert.Equal("我们在 A100 GPU 上测试了思维链。", mentions["a100"]);
        Assert.Equal("Results hold for chain-of-thought prompting.", mentions["chainofthought"]); // the first of the paper's names for it
        Assert.Equal("Faster Decoding", mentions["decoding"]);
    }
}
