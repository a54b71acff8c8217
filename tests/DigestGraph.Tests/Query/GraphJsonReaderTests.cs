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

        var read = GraphJsonReader.Read(file).Source;

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
    [InlineData("""{"format": 2, "papers": []}""", "no 'entities' array")]
    [InlineData("""{"format": 2, "papers": [{"title": "t"}], "entities": [], "mentions": [], "relations": []}""", "papers[0]: 'id' is missing")]
    [InlineData("""{"format": 2, "papers": [], "entities": [], "mentions": [], "relations": [{"type": "LIKES"}]}""", "relations[0]: unknown relation type")]
    [InlineData("""{"format": 2, "papers": [{"id": "1", "title": "a"}, {"id": "1", "title": "b"}], "entities": [], "mentions": [], "relations": []}""", "papers[1]: a second paper '1'")]
    [InlineData("""{"format": 2, "mentions": [], "papers": [], "entities": [], "relations": []}""", "'mentions' before 'papers' and 'entities'")]
    [InlineData("""{"format": 2, "papers": [""", "cannot read the graph")]
    [InlineData("not json", "cannot read the graph")]
    public void A_malformed_file_is_reported_with_the_file_and_the_entry(string text, string message)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("graph.json", text);

        var error = Assert.Throws<FormatException>(() => GraphJsonReader.Read(file));

        Assert.StartsWith(file, error.Message);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("""{"papers": [], "entities": [], "topics": [], "mentions": [], "relations": []}""")]
    [InlineData("""{"format": 1, "papers": [], "entities": [], "topics": [], "mentions": [], "relations": []}""")]
    public void A_graph_json_of_the_older_format_is_refused_with_the_file_and_how_to_rebuild_it(string text)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("graph.json", text);

        var error = Assert.Throws<FormatException>(() => KnowledgeGraphView.Load(file));

        Assert.StartsWith(file, error.Message);
        Assert.Contains("older format", error.Message);
        Assert.Contains("rebuild it with `digestgraph build`", error.Message);
    }

    [Fact]
    public void Mentions_keep_their_evidence_sentence_through_graph_json_whatever_the_buffer_holds()
    {
        using var dir = new TempDirectory();
        // Enough papers that the file is several times the reader's buffer: entries cross its refills.
        var builder = new HandGraph();
        for (var i = 0; i < 4_000; i++) builder.Paper($"2401.{i:00000}", [$"Model {i}", "GLUE", $"长名称 {i} {new string('x', 300)}"]);
        var file = dir.Write("graph.json", Json(builder.Build()));

        var view = KnowledgeGraphView.Load(file);

        Assert.True(new FileInfo(file).Length > 2 << 20);
        Assert.Equal(12_000, view.Source.Mentions.Count);
        var mention = Assert.Single(view.Graph.OutEdges(view.Paper("2401.03999")!), e => e.Target.Id == "glue");
        Assert.Equal("We study GLUE.", mention.Tag.Evidence);
    }
}
