using System.Text.Encodings.Web;
using System.Text.Json;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Export;

/// <summary>
/// The graph as one JSON document: its format (<see cref="GraphJsonReader.Format"/>), papers (with topics), entities
/// (key, name, type, types, aliases), topics, mentions (with their evidence sentence) and typed relations (with paper,
/// evidence, metric, value).
/// </summary>
internal sealed class GraphJsonExporter : IGraphExporter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Titles and abstracts are mostly Chinese: keep them readable instead of \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string FileName => "graph.json";

    public void Write(KnowledgeGraph graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteNumber("format", GraphJsonReader.Format);
        WritePapers(json, graph);
        WriteEntities(json, graph);
        json.WriteStartArray("topics");
        foreach (var topic in ExportRows.Topics(graph)) json.WriteStringValue(topic);
        json.WriteEndArray();
        WriteMentions(json, graph);
        WriteRelations(json, graph);
        json.WriteEndObject();
    }

    private static void WritePapers(Utf8JsonWriter json, KnowledgeGraph graph)
    {
        json.WriteStartArray("papers");
        foreach (var node in graph.Papers)
        {
            var paper = node.Paper;
            json.WriteStartObject();
            json.WriteString("id", paper.Id);
            json.WriteString("title", paper.Title);
            json.WriteString("translatedTitle", paper.TranslatedTitle);
            json.WriteString("url", paper.Url);
            json.WriteString("abstract", paper.Abstract);
            json.WriteString("source", ExportRows.Source(node));
            WriteStrings(json, "codeLinks", paper.CodeLinks);
            WriteStrings(json, "categories", paper.Categories);
            json.WriteString("updateDate", paper.UpdateDate);
            WriteStrings(json, "topics", node.Topics);
            json.WriteString("primaryTopic", node.PrimaryTopic);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter json, KnowledgeGraph graph)
    {
        json.WriteStartArray("entities");
        foreach (var entity in graph.Entities)
        {
            json.WriteStartObject();
            json.WriteString("key", entity.Key);
            json.WriteString("name", entity.Name);
            json.WriteString("type", entity.Type.ToString());
            WriteStrings(json, "types", entity.Types.Select(t => t.ToString()));
            WriteStrings(json, "aliases", entity.Aliases);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteMentions(Utf8JsonWriter json, KnowledgeGraph graph)
    {
        json.WriteStartArray("mentions");
        foreach (var mention in ExportRows.Mentions(graph))
        {
            json.WriteStartObject();
            json.WriteString("paper", mention.PaperId);
            json.WriteString("entity", mention.EntityKey);
            json.WriteBoolean("introduced", mention.Introduced);
            json.WriteString("evidence", mention.Evidence);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteRelations(Utf8JsonWriter json, KnowledgeGraph graph)
    {
        json.WriteStartArray("relations");
        foreach (var relation in ExportRows.Relations(graph))
        {
            json.WriteStartObject();
            json.WriteString("type", relation.Type.Name());
            json.WriteString("source", relation.SourceKey);
            json.WriteString("target", relation.TargetKey);
            json.WriteString("paper", relation.PaperId);
            json.WriteString("evidence", relation.Evidence);
            json.WriteString("metric", relation.Metric);
            json.WriteString("value", relation.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
