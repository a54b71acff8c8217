using System.Text;
using System.Xml;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Export;

/// <summary>
/// The graph as GraphML (Gephi, yEd, Cytoscape): nodes for papers, entities and topics; edges MENTIONS, INTRODUCES,
/// ABOUT and the typed relations; every node and edge carries a <c>label</c>, plus typed attributes.
/// </summary>
internal sealed class GraphMlExporter : IGraphExporter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    private sealed record Key(string Id, string For, string Name, string Type);

    private static readonly Key[] Keys =
    [
        new("n_label", "node", "label", "string"),
        new("n_kind", "node", "kind", "string"),
        new("n_arxivId", "node", "arxivId", "string"),
        new("n_title", "node", "title", "string"),
        new("n_translatedTitle", "node", "translatedTitle", "string"),
        new("n_url", "node", "url", "string"),
        new("n_abstract", "node", "abstract", "string"),
        new("n_source", "node", "source", "string"),
        new("n_codeLinks", "node", "codeLinks", "string"),
        new("n_key", "node", "key", "string"),
        new("n_name", "node", "name", "string"),
        new("n_type", "node", "type", "string"),
        new("n_types", "node", "types", "string"),
        new("n_aliases", "node", "aliases", "string"),
        new("e_label", "edge", "label", "string"),
        new("e_paper", "edge", "paper", "string"),
        new("e_evidence", "edge", "evidence", "string"),
        new("e_metric", "edge", "metric", "string"),
        new("e_value", "edge", "value", "string"),
        new("e_primary", "edge", "primary", "boolean"),
    ];

    public string FileName => "graph.graphml";

    public void Write(KnowledgeGraph graph, Stream output)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var key in Keys)
        {
            xml.WriteStartElement("key", Ns);
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "DigestGraph");
        xml.WriteAttributeString("edgedefault", "directed");
        WriteNodes(xml, graph);
        WriteEdges(xml, graph);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteNodes(XmlWriter xml, KnowledgeGraph graph)
    {
        foreach (var node in graph.Papers)
        {
            var paper = node.Paper;
            StartNode(xml, PaperNodeId(paper.Id), paper.Title, GraphVocabulary.Paper);
            Data(xml, "n_arxivId", paper.Id);
            Data(xml, "n_title", paper.Title);
            Data(xml, "n_translatedTitle", paper.TranslatedTitle);
            Data(xml, "n_url", paper.Url);
            Data(xml, "n_abstract", paper.Abstract);
            Data(xml, "n_source", ExportRows.Source(node));
            Data(xml, "n_codeLinks", string.Join(" ", paper.CodeLinks));
            xml.WriteEndElement();
        }
        foreach (var entity in graph.Entities)
        {
            StartNode(xml, EntityNodeId(entity.Key), entity.Name, GraphVocabulary.Entity);
            Data(xml, "n_key", entity.Key);
            Data(xml, "n_name", entity.Name);
            Data(xml, "n_type", entity.Type.ToString());
            Data(xml, "n_types", string.Join(";", entity.Types));
            Data(xml, "n_aliases", string.Join("; ", entity.Aliases));
            xml.WriteEndElement();
        }
        foreach (var topic in ExportRows.Topics(graph))
        {
            StartNode(xml, TopicNodeId(topic), topic, GraphVocabulary.Topic);
            Data(xml, "n_name", topic);
            xml.WriteEndElement();
        }
    }

    private static void WriteEdges(XmlWriter xml, KnowledgeGraph graph)
    {
        var edgeNumber = 0;
        void StartEdge(string source, string target, string label)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", "e" + edgeNumber++);
            xml.WriteAttributeString("source", source);
            xml.WriteAttributeString("target", target);
            Data(xml, "e_label", label);
        }

        foreach (var mention in ExportRows.Mentions(graph))
        {
            StartEdge(PaperNodeId(mention.PaperId), EntityNodeId(mention.EntityKey), GraphVocabulary.Mentions);
            xml.WriteEndElement();
            if (!mention.Introduced) continue;
            StartEdge(PaperNodeId(mention.PaperId), EntityNodeId(mention.EntityKey), GraphVocabulary.Introduces);
            xml.WriteEndElement();
        }
        foreach (var link in ExportRows.TopicLinks(graph))
        {
            StartEdge(PaperNodeId(link.PaperId), TopicNodeId(link.Topic), GraphVocabulary.About);
            Data(xml, "e_primary", link.Primary ? "true" : "false");
            xml.WriteEndElement();
        }
        foreach (var relation in ExportRows.Relations(graph))
        {
            StartEdge(EntityNodeId(relation.SourceKey), EntityNodeId(relation.TargetKey), relation.Type.Name());
            Data(xml, "e_paper", relation.PaperId);
            Data(xml, "e_evidence", relation.Evidence);
            Data(xml, "e_metric", relation.Metric);
            Data(xml, "e_value", relation.Value);
            xml.WriteEndElement();
        }
    }

    private static string PaperNodeId(string id) => "paper:" + id;
    private static string EntityNodeId(string key) => "entity:" + key;
    private static string TopicNodeId(string name) => "topic:" + name;

    private static void StartNode(XmlWriter xml, string id, string label, string kind)
    {
        xml.WriteStartElement("node", Ns);
        xml.WriteAttributeString("id", XmlSafe(id));
        Data(xml, "n_label", label);
        Data(xml, "n_kind", kind);
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlSafe(value));
        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot carry most control characters at all; they become U+FFFD rather than breaking the file.</summary>
    private static string XmlSafe(string value)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                cleaned?.Append(value, i, 2);
                i++;
                continue;
            }
            var valid = XmlConvert.IsXmlChar(c);
            if (!valid && cleaned is null) cleaned = new StringBuilder(value.Length).Append(value, 0, i);
            cleaned?.Append(valid ? c : '\uFFFD');
        }
        return cleaned?.ToString() ?? value;
    }
}
