using DigestGraph.Export;
using DigestGraph.Graph;
using DigestGraph.Tests.Export;

namespace DigestGraph.Tests.Query;

public sealed class GraphJsonReaderTests
{
    private static byte[] Json(KnowledgeGraph graph)
    {
        using var buffer = new MemoryStream();
        new GraphJsonExporter().Write(graph, buffer);
        return buffer.ToArray();
    }

    [Fact]
    public void A_graph_read_back_from_graph_json_writes_the_same_file()
    {
        using var dir = new TempDirectory();
        var written = Json(SampleGraph.Create());
        var file = dir.Write("graph.json", written);

        var read = GraphJsonReader.Read(file);

        Assert.Equal(written, Json(read));
        Assert.Equal(SampleGraph.Papers, read.Papers.Count);
        Assert.Equal("seeds/a.md:7", read.PapersById["2401.00002"].Paper.Source.ToString());
    }

    [Fact]
    public void The_view_has_a_vertex_per_node_and_an_edge_per_relationship_neo4j_holds()
    {
        var view = KnowledgeGraphView.From(SampleGraph.Create());

        Assert.Equal(SampleGraph.Papers + SampleGraph.Entities + SampleGraph.Topics, view.Graph.VertexCount);
        Assert.Equal(SampleGraph.Mentions + SampleGraph.Introduced + SampleGraph.TopicLinks + SampleGraph.Relations, view.Graph.EdgeCount);
        var evaluated = Assert.Single(view.Graph.Edges, e => e.Tag.Type == "EVALUATED_ON");
        Assert.Equal(("llama38b", "imagenet", "85.0%"), (evaluated.Source.Id, evaluated.Target.Id, evaluated.Tag.Relation!.Value));
    }

    [Theory]
    [InlineData("""{"papers": []}""", "no 'entities' array")]
    [InlineData("""{"papers": [{"title": "t"}], "entities": [], "mentions": [], "relations": []}""", "papers[0]: 'id' is missing")]
    [InlineData("""{"papers": [], "entities": [], "mentions": [], "relations": [{"type": "LIKES"}]}""", "relations[0]: unknown relation type")]
    [InlineData("not json", "cannot read the graph")]
    public void A_malformed_file_is_reported_with_the_file_and_the_entry(string text, string message)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("graph.json", text);

        var error = Assert.Throws<FormatException>(() => GraphJsonReader.Read(file));

        Assert.StartsWith(file, error.Message);
        Assert.Contains(message, error.Message);
    }
}
