using System.Text.Json;
using DigestGraph.Extract;
using DigestGraph.Ingest;

namespace DigestGraph.Graph;

/// <summary>
/// Reads the <c>graph.json</c> that <c>build</c> writes back into a <see cref="KnowledgeGraph"/>: papers (with their
/// topics), entities, mentions and typed relations. A malformed file is reported with the file and the entry.
/// </summary>
internal static class GraphJsonReader
{
    /// <summary>Where an entry is, for an error message: made into text only when one is reported.</summary>
    private readonly record struct Entry(string Path, string Array, int Index)
    {
        public override string ToString() => $"{Path}: {Array}[{Index}]";
    }

    /// <exception cref="FormatException">The file cannot be read or is not such a graph.</exception>
    public static KnowledgeGraph Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
            return Read(path, document.RootElement);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new FormatException($"{path}: cannot read the graph ({e.Message})", e);
        }
    }

    private static KnowledgeGraph Read(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException($"{path}: not a graph.json object");
        var papers = Entries(path, root, "papers", (e, at) => ToPaper(e, at));
        var entities = Entries(path, root, "entities", (e, at) => new EntityNode(
            Text(e, "key", at)!, Text(e, "name", at)!,
            Strings(e, "types", at).Select(t => Enum.TryParse<EntityType>(t, out var type) ? type : throw new FormatException($"{at}: unknown entity type '{t}'")).ToArray() is { Length: > 0 } types
                ? types
                : [Enum.Parse<EntityType>(Text(e, "type", at)!)],
            Strings(e, "aliases", at)));
        var mentions = Entries(path, root, "mentions", (e, at) => new Mention(
            Text(e, "paper", at)!, Text(e, "entity", at)!, e.TryGetProperty("introduced", out var i) && i.ValueKind == JsonValueKind.True));
        var relations = Entries(path, root, "relations", (e, at) => new RelationEdge(
            RelationTypeNames.TryParse(Text(e, "type", at), out var type) ? type : throw new FormatException($"{at}: unknown relation type"),
            Text(e, "source", at)!, Text(e, "target", at)!, Text(e, "paper", at)!, Text(e, "evidence", at, optional: true) ?? "")
        {
            Metric = Text(e, "metric", at, optional: true),
            Value = Text(e, "value", at, optional: true),
        });
        return new KnowledgeGraph(papers, entities, mentions, relations);
    }

    private static PaperNode ToPaper(JsonElement e, Entry at)
    {
        var source = Text(e, "source", at, optional: true) ?? "";
        var colon = source.LastIndexOf(':');
        var location = colon > 0 && int.TryParse(source.AsSpan(colon + 1), out var line)
            ? new SourceLocation(source[..colon], line)
            : new SourceLocation(source, 0);
        var paper = new Paper(
            Text(e, "id", at)!, Text(e, "title", at)!, Text(e, "translatedTitle", at, optional: true),
            Text(e, "url", at, optional: true) ?? "", Text(e, "abstract", at, optional: true) ?? "",
            Strings(e, "codeLinks", at), location)
        {
            Categories = Strings(e, "categories", at),
            UpdateDate = Text(e, "updateDate", at, optional: true),
        };
        return new PaperNode(paper, Strings(e, "topics", at), Text(e, "primaryTopic", at, optional: true));
    }

    private static T[] Entries<T>(string path, JsonElement root, string name, Func<JsonElement, Entry, T> read)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
            throw new FormatException($"{path}: no '{name}' array");
        var result = new T[array.GetArrayLength()];
        var i = 0;
        foreach (var entry in array.EnumerateArray())
        {
            var at = new Entry(path, name, i);
            if (entry.ValueKind != JsonValueKind.Object) throw new FormatException($"{at}: not an object");
            result[i++] = read(entry, at);
        }
        return result;
    }

    private static string? Text(JsonElement e, string name, Entry at, bool optional = false)
    {
        if (e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String) return value.GetString();
        if (optional && (!e.TryGetProperty(name, out value) || value.ValueKind == JsonValueKind.Null)) return null;
        throw new FormatException($"{at}: '{name}' is missing or not a string");
    }

    private static string[] Strings(JsonElement e, string name, Entry at)
    {
        if (!e.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array) throw new FormatException($"{at}: '{name}' is not a list");
        return value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new FormatException($"{at}: '{name}' holds a non-string")).ToArray();
    }
}
