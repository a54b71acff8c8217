using DigestGraph.Graph;
using DigestGraph.Tests.Export;
using QuikGraph;

namespace DigestGraph.Tests.Query;

public sealed class KnowledgeEdgeGraphTests
{
    [Fact]
    public void Each_vertex_has_the_edges_a_QuikGraph_BidirectionalGraph_fed_the_same_edges_holds_in_the_same_order()
    {
        var vertices = Enumerable.Range(0, 6).Select(i => new KnowledgeVertex(VertexKind.Entity, $"e{i}") { Index = i }).ToArray();
        var tag = new KnowledgeEdgeTag(EdgeKind.Mentions);
        // Edges in no vertex's order, with parallel edges and a loop.
        var edges = new[] { (3, 1), (0, 1), (5, 0), (1, 3), (0, 1), (2, 2), (4, 1), (0, 5), (3, 0) }
            .Select(e => new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>(vertices[e.Item1], vertices[e.Item2], tag)).ToArray();
        var quik = new BidirectionalGraph<KnowledgeVertex, TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>>(allowParallelEdges: true);
        quik.AddVertexRange(vertices);
        quik.AddEdgeRange(edges);

        var ours = new KnowledgeEdgeGraph(vertices, edges, _ => null);

        Assert.Equal(quik.Vertices, ours.Vertices);
        Assert.Equal(quik.Edges, ours.Edges);
        Assert.All(vertices, v =>
        {
            Assert.Equal(quik.OutEdges(v), ours.OutEdges(v));
            Assert.Equal(quik.InEdges(v), ours.InEdges(v));
            Assert.Equal(quik.Degree(v), ours.Degree(v));
        });
    }

    [Fact]
    public void A_vertex_equal_to_one_of_the_graph_finds_its_edges_and_an_unknown_one_none()
    {
        var view = KnowledgeGraphView.From(SampleGraph.Create());
        var paper = view.Paper("2401.00002")!;

        Assert.NotEmpty(view.Graph.OutEdges(paper));
        Assert.Equal(view.Graph.OutEdges(paper), view.Graph.OutEdges(new KnowledgeVertex(VertexKind.Paper, "2401.00002")));
        Assert.False(view.Graph.TryGetOutEdges(new KnowledgeVertex(VertexKind.Paper, "no such paper"), out _));
        Assert.Throws<VertexNotFoundException>(() => view.Graph.InEdges(new KnowledgeVertex(VertexKind.Topic, "no such topic")));
    }
}
