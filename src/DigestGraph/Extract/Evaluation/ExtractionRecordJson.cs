using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigestGraph.Extract.Evaluation;

/// <summary>Reads and writes <see cref="ExtractionRecord"/>s as the guideline's JSON objects (one per line).</summary>
public static class ExtractionRecordJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        // Chinese aliases and evidence stay readable in the output instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a JSON Lines file; a malformed line fails with the file and line number.</summary>
    public static IReadOnlyList<ExtractionRecord> ReadFile(string path)
    {
        var records = new List<ExtractionRecord>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                records.Add(Parse(line));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{lineNumber}: not a valid extraction record ({e.Message})", e);
            }
        }
        return records;
    }

    public static ExtractionRecord Parse(string json)
    {
        var root = JsonNode.Parse(json)?.AsObject() ?? throw new FormatException("empty record");
        var id = Required(root, "id");
        var entities = (root["entities"]?.AsArray() ?? []).Select(n => ParseEntity(n!.AsObject())).ToArray();
        var relations = (root["relations"]?.AsArray() ?? []).Select(n => ParseRelation(n!.AsObject())).ToArray();
        var topics = Strings(root["topics"]);
        return new ExtractionRecord(id, (string?)root["title"] ?? "", entities, relations, topics, (string?)root["primary_topic"]);
    }

    public static string Write(ExtractionRecord record)
    {
        var root = new JsonObject
        {
            ["id"] = record.Id,
            ["title"] = record.Title,
            ["entities"] = new JsonArray(record.Entities.Select(WriteEntity).ToArray<JsonNode?>()),
            ["relations"] = new JsonArray(record.Relations.Select(WriteRelation).ToArray<JsonNode?>()),
            ["topics"] = new JsonArray(record.Topics.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
            ["primary_topic"] = record.PrimaryTopic,
        };
        return root.ToJsonString(WriteOptions);
    }

    private static EntityRecord ParseEntity(JsonObject o) => new(
        Required(o, "name"),
        (string?)o["type"],
        Strings(o["types"]),
        Strings(o["aliases"]),
        o["introduced"] is JsonValue v && v.TryGetValue<bool>(out var b) && b);

    private static RelationRecord ParseRelation(JsonObject o) => new(
        Required(o, "type"), Required(o, "source"), Required(o, "target"),
        (string?)o["metric"], o["value"]?.ToString(), (string?)o["evidence"]);

    private static JsonObject WriteEntity(EntityRecord e)
    {
        var o = new JsonObject { ["name"] = e.Name };
        if (e.Types.Count > 1) o["types"] = new JsonArray(e.Types.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
        else o["type"] = e.Type ?? e.Types.FirstOrDefault();
        if (e.Aliases.Count > 0) o["aliases"] = new JsonArray(e.Aliases.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray());
        if (e.Introduced) o["introduced"] = true;
        return o;
    }

    private static JsonObject WriteRelation(RelationRecord r)
    {
        var o = new JsonObject { ["type"] = r.Type, ["source"] = r.Source, ["target"] = r.Target };
        if (r.Metric is not null) o["metric"] = r.Metric;
        if (r.Value is not null) o["value"] = r.Value;
        if (r.Evidence is not null) o["evidence"] = r.Evidence;
        return o;
    }

    private static string Required(JsonObject o, string key) =>
        (string?)o[key] ?? throw new FormatException($"missing \"{key}\"");

    private static string[] Strings(JsonNode? node) =>
        node is JsonArray a ? a.Select(n => (string?)n).OfType<string>().ToArray() : [];
}
