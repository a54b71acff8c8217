using System.Xml.Linq;
using DigestGraph.Export;

namespace DigestGraph.Tests.Export;

public sealed class GraphMlExporterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private static XDocument Export()
    {
        using var stream = new MemoryStream();
        new GraphMlExporter().Write(SampleGraph.Create(), stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string?)d.Attribute("key") == key)?.Value;

    [Fact]
    public void Has_a_node_per_paper_entity_and_topic_and_an_edge_per_link()
    {
        var graph = Export().Root!.Element(G + "graph")!;

        Assert.Equal(SampleGraph.Papers + SampleGraph.Entities + SampleGraph.Topics, graph.Elements(G + "node").Count());
        var labels = graph.Elements(G + "edge").Select(e => Data(e, "e_label")).ToList();
        Assert.Equal(SampleGraph.Mentions, labels.Count(l => l == "MENTIONS"));
        Assert.Equal(SampleGraph.Introduced, labels.Count(l => l == "INTRODUCES"));
        Assert.Equal(SampleGraph.TopicLinks, labels.Count(l => l == "ABOUT"));
        Assert.Equal(["EVALUATED_ON", "USES", "VARIANT_OF"], labels.Where(l => l is not ("MENTIONS" or "INTRODUCES" or "ABOUT")).Order());
    }

    [Fact]
    public void Every_data_element_uses_a_declared_typed_key_and_every_edge_joins_existing_nodes()
    {
        var root = Export().Root!;
        var keys = root.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("for")!);
        var graph = root.Element(G + "graph")!;
        var nodeIds = graph.Elements(G + "node").Select(n => (string)n.Attribute("id")!).ToHashSet();

        Assert.All(root.Elements(G + "key"), k => Assert.Contains((string)k.Attribute("attr.type")!, new[] { "string", "boolean" }));
        Assert.All(graph.Elements(G + "node").SelectMany(n => n.Elements(G + "data")), d => Assert.Equal("node", keys[(string)d.Attribute("key")!]));
        Assert.All(graph.Elements(G + "edge").SelectMany(e => e.Elements(G + "data")), d => Assert.Equal("edge", keys[(string)d.Attribute("key")!]));
        Assert.All(graph.Elements(G + "edge"), e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });
        Assert.Equal(nodeIds.Count, graph.Elements(G + "node").Count());
        Assert.Equal("directed", (string?)graph.Attribute("edgedefault"));
    }

    [Fact]
    public void Labels_and_text_stay_verbatim_and_control_characters_cannot_break_the_xml()
    {
        var graph = Export().Root!.Element(G + "graph")!;
        var awkward = graph.Elements(G + "node").Single(n => Data(n, "n_name") == SampleGraph.AwkwardName);
        var paper = graph.Elements(G + "node").Single(n => Data(n, "n_arxivId") == "2401.00001");

        Assert.Equal(SampleGraph.AwkwardName, Data(awkward, "n_label"));
        Assert.Equal("Entity", Data(awkward, "n_kind"));
        Assert.Equal("Method", Data(awkward, "n_type"));
        Assert.Equal(SampleGraph.AwkwardAbstract.Replace('\u0007', '\uFFFD'), Data(paper, "n_abstract"));
        Assert.Equal("First: A Test", Data(paper, "n_label"));
    }
}
