using System.Runtime;
using System.Text;
using System.Text.Json;
using DigestGraph.Extract;
using DigestGraph.Ingest;

namespace DigestGraph.Graph;

/// <summary>
/// Reads the <c>graph.json</c> that <c>build</c> writes straight into a <see cref="KnowledgeGraphView"/>, in one pass
/// over the file with no document in between: papers (with their topics), entities, mentions (with their evidence
/// sentence) and typed relations. A malformed file is reported with the file and the entry; a file of an older format
/// is refused with what to do.
/// </summary>
internal static class GraphJsonReader
{
    /// <summary>The version of <c>graph.json</c> this reads and <c>build</c> writes first in the file (2: mentions carry their evidence).</summary>
    public const int Format = 2;

    // Enough for many entries per refill; a longer entry makes it grow.
    private const int BufferSize = 1 << 20;

    // Bytes the read allocates per byte of graph.json (2.5 on the synthetic papers of the ask benchmark), with room.
    private const int AllocatedPerFileByte = 3;

    private static readonly string[] PaperFields =
        ["id", "title", "translatedTitle", "url", "abstract", "source", "codeLinks", "categories", "updateDate", "topics", "primaryTopic"];
    private static readonly string[] EntityFields = ["key", "name", "type", "types", "aliases"];
    private static readonly string[] MentionFields = ["paper", "entity", "introduced", "evidence"];
    private static readonly string[] RelationFields = ["type", "source", "target", "paper", "evidence", "metric", "value"];

    // The fields whose values recur (ids and keys met again in mentions and relations, evidence sentences shared by
    // several mentions, types, topics): read through the pool, one string per distinct value. The others are unique.
    private static readonly string[] PaperPooled = ["id", "categories", "updateDate", "topics", "primaryTopic"];
    private static readonly string[] EntityPooled = ["key", "type", "types"];

    // The fields that name a paper or an entity added before: read as its vertex (whose id is the pooled string).
    private static readonly (string Field, VertexKind Kind)[] MentionVertices = [("paper", VertexKind.Paper), ("entity", VertexKind.Entity)];
    private static readonly (string Field, VertexKind Kind)[] RelationVertices = [("source", VertexKind.Entity), ("target", VertexKind.Entity), ("paper", VertexKind.Paper)];

    private static readonly object True = true, False = false;

    /// <summary>Where an entry is, for an error message: made into text only when one is reported.</summary>
    private readonly record struct Entry(string Path, string Array, int Index)
    {
        public override string ToString() => $"{Path}: {Array}[{Index}]";
    }

    /// <summary>One kind of entry: its array's name and its fields (property names in the order build writes them).</summary>
    private sealed class Kind(string array, string[] fields, string[] pooled, (string Field, VertexKind Kind)[]? vertices = null)
    {
        public string Array { get; } = array;
        public string[] Fields { get; } = fields;
        public byte[][] Utf8 { get; } = fields.Select(Encoding.UTF8.GetBytes).ToArray();
        public bool[] Pooled { get; } = fields.Select(pooled.Contains).ToArray();
        public VertexKind?[] Vertices { get; } = fields.Select(f => (vertices ?? []).Where(v => v.Field == f).Select(v => (VertexKind?)v.Kind).FirstOrDefault()).ToArray();
        // Each pooled field's previous value: consecutive entries often repeat it (a paper's mentions, its sentences).
        public object?[] Last { get; } = new object?[fields.Length];
        public object?[] Values { get; } = new object?[fields.Length];
        public List<string> List { get; } = [];
        public int Count { get; set; }
        public bool Seen { get; set; }
    }

    /// <exception cref="FormatException">The file cannot be read, is not such a graph, or is of an older format.</exception>
    public static KnowledgeGraphView Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var noCollection = StartNoCollection(stream.Length);
            try
            {
                return Read(path, stream);
            }
            finally
            {
                if (noCollection) EndNoCollection();
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new FormatException($"{path}: cannot read the graph ({e.Message})", e);
        }
    }

    /// <summary>
    /// Asks the GC not to collect while the file is read: everything the read allocates stays in the view, so a
    /// collection would only copy live objects (2.7 of 10 processor-seconds on 100,000 papers). False when the GC
    /// cannot promise it; past the size asked for, it collects as usual.
    /// </summary>
    private static bool StartNoCollection(long fileLength)
    {
        try
        {
            return GC.TryStartNoGCRegion(fileLength * AllocatedPerFileByte);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Ends the no-collection region unless it already ended (its size reached, or a collection asked for on another thread).</summary>
    private static void EndNoCollection()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended between the test and the call: nothing left to end.
        }
    }

    private static KnowledgeGraphView Read(string path, Stream stream)
    {
        var builder = new KnowledgeGraphViewBuilder();
        Kind papers = new("papers", PaperFields, PaperPooled), entities = new("entities", EntityFields, EntityPooled),
            mentions = new("mentions", MentionFields, MentionFields, MentionVertices), relations = new("relations", RelationFields, RelationFields, RelationVertices);
        var pool = new JsonStringPool();
        var buffer = new byte[BufferSize];
        var length = Fill(stream, buffer, 0);
        var reader = new Utf8JsonReader(buffer.AsSpan(0, length), length < buffer.Length, default);
        // Where the reader is: 0 before the root object, 1 between its properties, 2 in the array of `open`, 3 done.
        var place = 0;
        var first = true;
        Kind? open = null;
        while (place != 3)
        {
            // Each step reads one whole unit (a root property, an entry) or, when the buffer ends inside it, nothing:
            // the buffer is then refilled from the step's start and the step runs again.
            var start = reader;
            var complete = place switch
            {
                0 => RootStart(ref reader, path, ref place),
                1 => RootProperty(ref reader, path, ref place, ref first, ref open, papers, entities, mentions, relations),
                _ => NextEntry(ref reader, path, ref place, open!, builder, pool),
            };
            if (complete) continue;
            if (start.IsFinalBlock) throw new FormatException($"{path}: the file ends before the graph does");
            var consumed = (int)start.BytesConsumed;
            if (consumed == 0) Array.Resize(ref buffer, buffer.Length * 2);
            else Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length = Fill(stream, buffer, length - consumed);
            reader = new Utf8JsonReader(buffer.AsSpan(0, length), length < buffer.Length, start.CurrentState);
        }
        foreach (var kind in new[] { papers, entities, mentions, relations })
            if (!kind.Seen) throw new FormatException($"{path}: no '{kind.Array}' array");
        return builder.Build();
    }

    /// <summary>Fills the buffer after its first <paramref name="kept"/> bytes; the bytes it then holds (fewer than its length only at the end of the file).</summary>
    private static int Fill(Stream stream, byte[] buffer, int kept)
    {
        var length = kept;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
        return length;
    }

    private static bool RootStart(ref Utf8JsonReader r, string path, ref int place)
    {
        if (!r.Read()) return false;
        if (r.TokenType != JsonTokenType.StartObject) throw new FormatException($"{path}: not a graph.json object");
        place = 1;
        return true;
    }

    private static bool RootProperty(ref Utf8JsonReader r, string path, ref int place, ref bool first, ref Kind? open,
        Kind papers, Kind entities, Kind mentions, Kind relations)
    {
        if (!r.Read()) return false;
        if (r.TokenType == JsonTokenType.EndObject)
        {
            place = 3;
            return true;
        }
        if (first && !r.ValueTextEquals("format"u8))
            throw new FormatException($"{path}: a graph.json of an older format (its mentions lack their evidence sentence); rebuild it with `digestgraph build`");
        var kind = r.ValueTextEquals("papers"u8) ? papers : r.ValueTextEquals("entities"u8) ? entities
            : r.ValueTextEquals("mentions"u8) ? mentions : r.ValueTextEquals("relations"u8) ? relations : null;
        var isFormat = first;
        if (!r.Read()) return false;
        if (isFormat)
        {
            var format = r.TokenType == JsonTokenType.Number && r.TryGetInt32(out var f) ? f : -1;
            if (format < Format)
                throw new FormatException($"{path}: a graph.json of an older format ({format}; mentions lack their evidence sentence); rebuild it with `digestgraph build`");
            if (format > Format)
                throw new FormatException($"{path}: a graph.json of format {format}, newer than this DigestGraph reads ({Format})");
            first = false;
            return true;
        }
        if (kind is null) return r.TrySkip();
        if (r.TokenType != JsonTokenType.StartArray) throw new FormatException($"{path}: no '{kind.Array}' array");
        // Mentions and relations join the papers and entities before them, as build writes them.
        if (kind == mentions || kind == relations)
            if (!papers.Seen || !entities.Seen) throw new FormatException($"{path}: '{kind.Array}' before 'papers' and 'entities'");
        kind.Seen = true;
        open = kind;
        place = 2;
        return true;
    }

    private static bool NextEntry(ref Utf8JsonReader r, string path, ref int place, Kind kind, KnowledgeGraphViewBuilder builder, JsonStringPool pool)
    {
        if (!r.Read()) return false;
        if (r.TokenType == JsonTokenType.EndArray)
        {
            place = 1;
            return true;
        }
        var at = new Entry(path, kind.Array, kind.Count);
        if (r.TokenType != JsonTokenType.StartObject) throw new FormatException($"{at}: not an object");
        if (!Fields(ref r, kind, at, pool, builder)) return false;
        var v = kind.Values;
        switch (kind.Array)
        {
            case "papers":
                if (!builder.Add(ToPaper(v, at))) throw new FormatException($"{at}: a second paper '{v[0]}'");
                break;
            case "entities":
                if (!builder.Add(ToEntity(v, at))) throw new FormatException($"{at}: a second entity '{v[0]}'");
                break;
            case "mentions":
                builder.Add(new Mention(Id(v, 0, MentionFields, at), Id(v, 1, MentionFields, at), v[2] is true) { Evidence = Optional(v, 3, MentionFields, at) },
                    v[0] as KnowledgeVertex, v[1] as KnowledgeVertex);
                break;
            default:
                builder.Add(ToRelation(v, at), v[1] as KnowledgeVertex, v[2] as KnowledgeVertex);
                break;
        }
        kind.Count++;
        return true;
    }

    /// <summary>
    /// Reads an entry's properties into <see cref="Kind.Values"/> by field: a string (or the vertex it names), a
    /// string[] or a bool, null when absent or null; other properties are skipped. False when the buffer ends inside the entry.
    /// </summary>
    private static bool Fields(ref Utf8JsonReader r, Kind kind, Entry at, JsonStringPool pool, KnowledgeGraphViewBuilder builder)
    {
        var values = kind.Values;
        Array.Clear(values);
        var next = 0;
        while (true)
        {
            if (!r.Read()) return false;
            if (r.TokenType == JsonTokenType.EndObject) return true;
            var field = Field(ref r, kind.Utf8, next);
            if (!r.Read()) return false;
            if (field < 0)
            {
                if (!r.TrySkip()) return false;
                continue;
            }
            next = field + 1;
            switch (r.TokenType)
            {
                case JsonTokenType.String: values[field] = kind.Pooled[field] ? Pooled(ref r, kind, field, pool, builder) : r.GetString(); break;
                case JsonTokenType.True: values[field] = True; break;
                case JsonTokenType.False: values[field] = False; break;
                case JsonTokenType.Null: values[field] = null; break;
                case JsonTokenType.StartArray:
                    var list = kind.List;
                    list.Clear();
                    while (true)
                    {
                        if (!r.Read()) return false;
                        if (r.TokenType == JsonTokenType.EndArray) break;
                        if (r.TokenType != JsonTokenType.String) throw new FormatException($"{at}: '{kind.Fields[field]}' holds a non-string");
                        list.Add(kind.Pooled[field] ? pool.Get(ref r) : r.GetString()!);
                    }
                    values[field] = list.ToArray();
                    break;
                default: throw new FormatException($"{at}: '{kind.Fields[field]}' is not a string, a list or a boolean");
            }
        }
    }

    /// <summary>A pooled field's value: the vertex it names when the field names one that was added, else the pooled string.</summary>
    private static object Pooled(ref Utf8JsonReader r, Kind kind, int field, JsonStringPool pool, KnowledgeGraphViewBuilder builder)
    {
        var text = pool.Text(ref r);
        var last = kind.Last[field];
        if (last is not null && text.SequenceEqual(last as string ?? ((KnowledgeVertex)last).Id)) return last;
        var vertex = kind.Vertices[field] switch
        {
            VertexKind.Paper => builder.PaperVertex(text),
            VertexKind.Entity => builder.EntityVertex(text),
            _ => null,
        };
        return kind.Last[field] = (object?)vertex ?? pool.Get(text);
    }

    /// <summary>The field the current property name is, looked up from the one expected next (build writes them in order); -1 for another property.</summary>
    private static int Field(ref Utf8JsonReader r, byte[][] fields, int expected)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            var field = (expected + i) % fields.Length;
            if (r.ValueTextEquals(fields[field])) return field;
        }
        return -1;
    }

    private static PaperNode ToPaper(object?[] v, Entry at)
    {
        var source = v[5] as string ?? "";
        var colon = source.LastIndexOf(':');
        var location = colon > 0 && int.TryParse(source.AsSpan(colon + 1), out var line)
            ? new SourceLocation(source[..colon], line)
            : new SourceLocation(source, 0);
        var paper = new Paper(Text(v, 0, PaperFields, at), Text(v, 1, PaperFields, at), Optional(v, 2, PaperFields, at), Optional(v, 3, PaperFields, at) ?? "",
            Optional(v, 4, PaperFields, at) ?? "", Strings(v, 6, PaperFields, at), location)
        {
            Categories = Strings(v, 7, PaperFields, at),
            UpdateDate = Optional(v, 8, PaperFields, at),
        };
        return new PaperNode(paper, Strings(v, 9, PaperFields, at), Optional(v, 10, PaperFields, at));
    }

    private static EntityNode ToEntity(object?[] v, Entry at)
    {
        var types = Strings(v, 3, EntityFields, at) is { Length: > 0 } listed ? listed : [Text(v, 2, EntityFields, at)];
        var parsed = new EntityType[types.Length];
        for (var i = 0; i < types.Length; i++)
            parsed[i] = Enum.TryParse<EntityType>(types[i], out var type) ? type : throw new FormatException($"{at}: unknown entity type '{types[i]}'");
        return new EntityNode(Text(v, 0, EntityFields, at), Text(v, 1, EntityFields, at), parsed, Strings(v, 4, EntityFields, at));
    }

    private static RelationEdge ToRelation(object?[] v, Entry at) =>
        new(RelationTypeNames.TryParse(v[0] as string, out var type) ? type : throw new FormatException($"{at}: unknown relation type"),
            Id(v, 1, RelationFields, at), Id(v, 2, RelationFields, at), Id(v, 3, RelationFields, at), Optional(v, 4, RelationFields, at) ?? "")
        {
            Metric = Optional(v, 5, RelationFields, at),
            Value = Optional(v, 6, RelationFields, at),
        };

    /// <summary>The id of the vertex a field names, or its text when it names none added.</summary>
    private static string Id(object?[] v, int field, string[] fields, Entry at) =>
        v[field] is KnowledgeVertex vertex ? vertex.Id : Text(v, field, fields, at);

    private static string Text(object?[] v, int field, string[] fields, Entry at) =>
        v[field] as string ?? throw new FormatException($"{at}: '{fields[field]}' is missing or not a string");

    private static string? Optional(object?[] v, int field, string[] fields, Entry at) =>
        v[field] is null or string ? (string?)v[field] : throw new FormatException($"{at}: '{fields[field]}' is not a string");

    private static string[] Strings(object?[] v, int field, string[] fields, Entry at) =>
        v[field] switch
        {
            null => [],
            string[] list => list,
            _ => throw new FormatException($"{at}: '{fields[field]}' is not a list"),
        };
}
