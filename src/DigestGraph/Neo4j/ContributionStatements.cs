using System.Text;
using DigestGraph.Graph;
using DigestGraph.Export;
using DigestGraph.Extract;

namespace DigestGraph.Neo4j;

/// <summary>
/// The Cypher that writes a batch of paper contributions in one transaction: first remove what already stored papers
/// contributed before, then one statement that merges the batch's papers, entities and topics once each and creates
/// every mention, topic link and relation between them by their position in those lists (no index lookup per edge).
/// Values travel only as parameters; labels and relationship types come only from <see cref="GraphVocabulary"/>.
/// Written for Neo4j 3.1 to 5 alike ($param, no subqueries, no APOC).
/// </summary>
internal static class ContributionStatements
{
    /// <summary>Deletes each node <c>n</c> left with no relationship but its analysis cluster.</summary>
    private const string DeleteUnlinked = $$"""
        OPTIONAL MATCH (n)-[link]-()
        WHERE type(link) <> '{{GraphVocabulary.InCluster}}'
        WITH n, count(link) AS links
        WHERE links = 0
        DETACH DELETE n
        """;

    /// <summary>Relations the paper stated, and entities left with no relationship but their analysis cluster (e.g. a model family).</summary>
    private const string RemoveStaleRelations = $$"""
        UNWIND $rows AS row
        MATCH (p:{{GraphVocabulary.Paper}} {id: row.id})
        MATCH (p)-[:{{GraphVocabulary.Mentions}}|{{GraphVocabulary.Introduces}}]->(:{{GraphVocabulary.Entity}})-[r]-(:{{GraphVocabulary.Entity}})
        WHERE r.paper = row.id
        WITH collect(DISTINCT r) AS rels, collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) AS ends
        FOREACH (r IN rels | DELETE r)
        WITH ends
        UNWIND ends AS n
        WITH DISTINCT n
        """ + "\n" + DeleteUnlinked;

    /// <summary>The paper's mentions and topics, and the entities and topics nobody else refers to (IN_CLUSTER aside).</summary>
    private const string RemoveStaleEdges = $$"""
        UNWIND $rows AS row
        MATCH (p:{{GraphVocabulary.Paper}} {id: row.id})
        MATCH (p)-[c:{{GraphVocabulary.Mentions}}|{{GraphVocabulary.Introduces}}|{{GraphVocabulary.About}}]->(n)
        DELETE c
        WITH DISTINCT n
        """ + "\n" + DeleteUnlinked;

    private const string MergePapers = $$"""
        UNWIND $papers AS row
        MERGE (p:{{GraphVocabulary.Paper}} {id: row.id})
        SET p.title = row.title, p.translatedTitle = row.translatedTitle, p.url = row.url, p.abstract = row.abstract,
            p.source = row.source, p.codeLinks = row.codeLinks, p.fingerprint = row.fingerprint
        """;

    // Entity labels accumulate and aliases are a union, so a second digest never erases what the first said.
    // No aliases means no property (as after a bulk import, whose CSV cannot hold an empty list).
    private const string MergeEntities = $$"""
        UNWIND $entities AS row
        MERGE (e:{{GraphVocabulary.Entity}} {key: row.key})
        ON CREATE SET e.name = row.name, e.type = row.type
        WITH {carried}, e, row, reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
        SET e.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END

        """;

    /// <summary>Adds label {0} (an <see cref="EntityType"/> name) to the entities at the positions in ${0}.</summary>
    private const string AddLabelTemplate = """
        FOREACH (i IN ${0} | FOREACH (e IN [entities[i]] | SET e:{0}))

        """;

    private const string MergeTopics = $$"""
        UNWIND $topics AS name
        MERGE (t:{{GraphVocabulary.Topic}} {name: name})

        """;

    // A new paper has no edges yet and a stored one had all of its own removed above, so CREATE cannot duplicate them
    // and spares the check against every edge a popular entity already has. Single-element FOREACH lists bind the ends.
    private const string CreateLinksTemplate = """
        FOREACH (m IN ${0} | FOREACH (p IN [papers[m[0]]] | FOREACH (e IN [{1}[m[1]]] | CREATE (p)-[:{2}{3}]->(e))))

        """;

    // The most numerous edges last, as rows rather than FOREACH iterations (cheaper per edge in Cypher 3.1).
    private const string CreateMentions = $$"""
        WITH papers, entities
        UNWIND $mentions AS m
        WITH papers[m[0]] AS p, entities[m[1]] AS e
        CREATE (p)-[:{{GraphVocabulary.Mentions}}]->(e)
        """;

    private const string MergeRelationsTemplate = """
        FOREACH (r IN ${0} | FOREACH (s IN [entities[r.source]] | FOREACH (t IN [entities[r.target]] |
            MERGE (s)-[x:{0} {paper: r.paper}]->(t) SET x.evidence = r.evidence, x.metric = r.metric, x.value = r.value)))

        """;

    public const string ReadFingerprints = $$"""
        UNWIND $ids AS id
        MATCH (p:{{GraphVocabulary.Paper}} {id: id})
        RETURN p.id, p.fingerprint
        """;

    /// <summary>The statements for one batch of papers to write (new, or changed since the last write).</summary>
    /// <param name="storedPaperIds">Papers the database already holds: their previous contribution is removed first.</param>
    public static IReadOnlyList<CypherStatement> For(IReadOnlyList<PaperContribution> batch, IReadOnlySet<string> storedPaperIds)
    {
        var statements = new List<CypherStatement>();
        var stored = batch.Where(c => storedPaperIds.Contains(c.Paper.Id)).Select(c => (object)new { id = c.Paper.Id }).ToArray();
        if (stored.Length > 0)
        {
            statements.Add(CypherStatement.WithRows(RemoveStaleRelations, stored));
            statements.Add(CypherStatement.WithRows(RemoveStaleEdges, stored));
        }
        statements.Add(WriteBatch(batch));
        return statements;
    }

    /// <summary>
    /// One statement: each merge collects its nodes into a list (papers, entities, topics) that the edges index into.
    /// Entities are merged in key order, so concurrent writers lock shared entities in the same order.
    /// </summary>
    private static CypherStatement WriteBatch(IReadOnlyList<PaperContribution> batch)
    {
        var papers = IndexOf(batch.Select(c => c.Paper.Id));
        var entityRows = batch.SelectMany(c => c.Entities).DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        var entities = IndexOf(entityRows.Select(e => e.Key));
        var topicNames = batch.SelectMany(c => c.Topics).Select(t => t.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var topics = IndexOf(topicNames);

        var text = new StringBuilder(MergePapers);
        var parameters = new Dictionary<string, object?> { ["papers"] = batch.Select(PaperRow).ToArray() };
        var lists = new List<string>();
        var pending = (Node: "p", List: "papers");
        void Collect()
        {
            text.Append("\nWITH ").AppendJoin(", ", lists.Append($"collect({pending.Node}) AS {pending.List}")).Append('\n');
            lists.Add(pending.List);
        }
        void Merge(string clause, string node, string list, object[] rows)
        {
            if (rows.Length == 0) return;
            Collect();
            text.Append(clause.Replace("{carried}", string.Join(", ", lists), StringComparison.Ordinal));
            parameters[list] = rows;
            pending = (node, list);
        }
        Merge(MergeEntities, "e", "entities", entityRows.Select(e => (object)new { key = e.Key, name = e.Name, type = e.Type.ToString(), aliases = e.Aliases }).ToArray());
        Merge(MergeTopics, "t", "topics", topicNames);

        var edges = new StringBuilder();
        void Link(string parameter, string list, string type, string properties, object[] rows)
        {
            if (rows.Length == 0) return;
            edges.Append(CreateLinksTemplate.Replace("{0}", parameter, StringComparison.Ordinal).Replace("{1}", list, StringComparison.Ordinal)
                .Replace("{2}", type, StringComparison.Ordinal).Replace("{3}", properties, StringComparison.Ordinal));
            parameters[parameter] = rows;
        }
        foreach (var label in Enum.GetValues<EntityType>())
        {
            var positions = entityRows.Select((e, i) => (e, i)).Where(x => x.e.Types.Contains(label)).Select(x => (object)x.i).ToArray();
            if (positions.Length == 0) continue;
            edges.Append(AddLabelTemplate.Replace("{0}", GraphVocabulary.Label(label), StringComparison.Ordinal));
            parameters[GraphVocabulary.Label(label)] = positions;
        }
        var mentions = batch.SelectMany(c => c.Mentions).ToArray();
        Link("introduces", "entities", GraphVocabulary.Introduces, "", mentions.Where(m => m.Introduced).Select(m => (object)new[] { papers[m.PaperId], entities[m.EntityKey] }).ToArray());
        Link("about", "topics", GraphVocabulary.About, " {primary: m[2]}",
            batch.SelectMany(c => c.Topics).OrderBy(t => topics[t.Topic]).Select(t => (object)new object[] { papers[t.PaperId], topics[t.Topic], t.Primary }).ToArray());
        foreach (var group in batch.SelectMany(c => c.Relations).GroupBy(r => r.Type).OrderBy(g => g.Key))
        {
            edges.Append(MergeRelationsTemplate.Replace("{0}", group.Key.Name(), StringComparison.Ordinal));
            parameters[group.Key.Name()] = group.Select(r => (object)new
            {
                source = entities[r.SourceKey], target = entities[r.TargetKey], paper = r.PaperId, evidence = r.Evidence, metric = r.Metric, value = r.Value,
            }).ToArray();
        }
        if (mentions.Length > 0)
        {
            edges.Append(CreateMentions);
            parameters["mentions"] = mentions.Select(m => (object)new[] { papers[m.PaperId], entities[m.EntityKey] }).ToArray();
        }
        if (edges.Length > 0)
        {
            Collect();
            text.Append(edges);
        }
        return new CypherStatement(text.ToString(), parameters);
    }

    private static Dictionary<string, int> IndexOf(IEnumerable<string> keys) =>
        keys.Select((key, i) => (key, i)).ToDictionary(x => x.key, x => x.i, StringComparer.Ordinal);

    private static object PaperRow(PaperContribution c)
    {
        var p = c.Paper.Paper;
        return new
        {
            id = p.Id, title = p.Title, translatedTitle = p.TranslatedTitle, url = p.Url, @abstract = p.Abstract,
            source = ExportRows.Source(c.Paper), codeLinks = ExportRows.ListOrAbsent(p.CodeLinks), fingerprint = c.Fingerprint,
        };
    }
}
