using System.Text.Json;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Neo4j;

/// <summary>
/// Loads the graph stored in Neo4j (the union of every ingest) back into a <see cref="KnowledgeGraph"/>. Reads in
/// pages keyed on the unique ids (<c>WHERE id &gt; $after ORDER BY id LIMIT $limit</c>), so each request stays small
/// and the result is in id order whatever order the papers were written in: the same database reads the same graph.
/// </summary>
internal sealed class Neo4jGraphReader(Neo4jHttpClient client)
{
    private const string ReadPapers = $$"""
        MATCH (p:{{GraphVocabulary.Paper}}) WHERE p.id > $after
        WITH p ORDER BY p.id LIMIT $limit
        OPTIONAL MATCH (p)-[a:{{GraphVocabulary.About}}]->(t:{{GraphVocabulary.Topic}})
        WITH p, t.name AS topic, a.primary AS primary ORDER BY topic
        RETURN p.id, p.title, p.translatedTitle, p.url, p.abstract, p.codeLinks, p.source,
               collect(CASE WHEN topic IS NULL THEN NULL ELSE [topic, primary] END)
        ORDER BY p.id
        """;

    private const string ReadMentions = $$"""
        UNWIND $ids AS id
        MATCH (p:{{GraphVocabulary.Paper}} {id: id})-[:{{GraphVocabulary.Mentions}}]->(e:{{GraphVocabulary.Entity}})
        OPTIONAL MATCH (p)-[i:{{GraphVocabulary.Introduces}}]->(e)
        RETURN p.id, e.key, i IS NOT NULL
        ORDER BY p.id, e.key
        """;

    private const string ReadEntities = $$"""
        MATCH (e:{{GraphVocabulary.Entity}}) WHERE e.key > $after
        RETURN e.key, e.name, e.type, labels(e), e.aliases
        ORDER BY e.key LIMIT $limit
        """;

    private const string ReadRelations = $$"""
        UNWIND $keys AS key
        MATCH (s:{{GraphVocabulary.Entity}} {key: key})-[r]->(t:{{GraphVocabulary.Entity}})
        RETURN type(r), s.key, t.key, r.paper, r.evidence, r.metric, r.value
        ORDER BY s.key, type(r), t.key, r.paper
        """;

    public async Task<KnowledgeGraph> ReadAsync(CancellationToken ct = default)
    {
        var papers = new List<PaperNode>();
        var mentions = new List<Mention>();
        await foreach (var page in PagesAsync(ReadPapers, ct).ConfigureAwait(false))
        {
            papers.AddRange(page.Select(ToPaper));
            var ids = page.Select(r => r[0].GetString()!).ToArray();
            var rows = await client.RunAsync(new CypherStatement(ReadMentions, new Dictionary<string, object?> { ["ids"] = ids }), ct).ConfigureAwait(false);
            mentions.AddRange(rows.Rows.Select(r => new Mention(r[0].GetString()!, r[1].GetString()!, r[2].GetBoolean())));
        }

        var entities = new List<EntityNode>();
        var relations = new List<RelationEdge>();
        await foreach (var page in PagesAsync(ReadEntities, ct).ConfigureAwait(false))
        {
            entities.AddRange(page.Select(ToEntity));
            var keys = page.Select(r => r[0].GetString()!).ToArray();
            var rows = await client.RunAsync(new CypherStatement(ReadRelations, new Dictionary<string, object?> { ["keys"] = keys }), ct).ConfigureAwait(false);
            relations.AddRange(rows.Rows.Select(ToRelation).OfType<RelationEdge>());
        }
        return new KnowledgeGraph(papers, entities, mentions, relations);
    }

    /// <summary>The rows of a keyset-paged statement, page by page; the first column is the key.</summary>
    private async IAsyncEnumerable<IReadOnlyList<IReadOnlyList<JsonElement>>> PagesAsync(string statement,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var limit = Math.Max(1, client.Settings.BatchSize);
        var after = "";
        while (true)
        {
            var result = await client.RunAsync(new CypherStatement(statement,
                new Dictionary<string, object?> { ["after"] = after, ["limit"] = limit }), ct).ConfigureAwait(false);
            if (result.Rows.Count == 0) yield break;
            yield return result.Rows;
            if (result.Rows.Count < limit) yield break;
            after = result.Rows[^1][0].GetString()!;
        }
    }

    private static PaperNode ToPaper(IReadOnlyList<JsonElement> row)
    {
        var paper = new Paper(row[0].GetString()!, Text(row[1]) ?? "", Text(row[2]), Text(row[3]) ?? "", Text(row[4]) ?? "",
            Strings(row[5]), ParseSource(Text(row[6])));
        var topics = row[7].EnumerateArray().Select(t => (Name: t[0].GetString()!, Primary: t[1].ValueKind == JsonValueKind.True)).ToArray();
        return new PaperNode(paper, topics.Select(t => t.Name).ToArray(), topics.FirstOrDefault(t => t.Primary).Name);
    }

    /// <summary>The type property first (the type the entity was created with), then the other entity-type labels.</summary>
    private static EntityNode ToEntity(IReadOnlyList<JsonElement> row)
    {
        var labels = row[3].EnumerateArray()
            .Select(l => Enum.TryParse<EntityType>(l.GetString(), out var t) ? t : (EntityType?)null)
            .OfType<EntityType>();
        var types = (Enum.TryParse<EntityType>(Text(row[2]), out var type) ? labels.Prepend(type) : labels)
            .Distinct().ToArray();
        return new EntityNode(row[0].GetString()!, Text(row[1]) ?? row[0].GetString()!, types, Strings(row[4]));
    }

    /// <summary>Null for a relationship whose type is not one of the six (nothing DigestGraph wrote).</summary>
    private static RelationEdge? ToRelation(IReadOnlyList<JsonElement> row) =>
        RelationTypeNames.TryParse(row[0].GetString(), out var type) && Text(row[3]) is { } paper
            ? new RelationEdge(type, row[1].GetString()!, row[2].GetString()!, paper, Text(row[4]) ?? "") { Metric = Text(row[5]), Value = Text(row[6]) }
            : null;

    /// <summary>"digest.md:12" back into file and line; the file name may itself hold colons.</summary>
    private static SourceLocation ParseSource(string? source)
    {
        var colon = source?.LastIndexOf(':') ?? -1;
        return colon > 0 && int.TryParse(source![(colon + 1)..], out var line)
            ? new SourceLocation(source[..colon], line)
            : new SourceLocation(source ?? "", 0);
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : value.ValueKind == JsonValueKind.Null ? null : value.GetRawText();

    private static IReadOnlyList<string> Strings(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetString() ?? "").ToArray() : [];
}
