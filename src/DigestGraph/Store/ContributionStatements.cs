using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Graph;

namespace DigestGraph.Store;

/// <summary>
/// The Cypher that writes a batch of paper contributions in one transaction: first remove what changed papers
/// contributed before, then MERGE papers, entities, mentions (MENTIONS for each, INTRODUCES as well for what the
/// paper introduces, as the file exporters do), topics and relations. Values travel only as
/// parameters; labels and relationship types come only from <see cref="EntityType"/> and <see cref="RelationType"/>.
/// Written for Neo4j 3.1 to 5 alike ($param, no subqueries, no APOC).
/// </summary>
public static class ContributionStatements
{
    /// <summary>Deletes each node <c>n</c> left with no relationship but its analysis cluster.</summary>
    private const string DeleteUnlinked = """
        OPTIONAL MATCH (n)-[link]-()
        WHERE type(link) <> 'IN_CLUSTER'
        WITH n, count(link) AS links
        WHERE links = 0
        DETACH DELETE n
        """;

    /// <summary>Relations the paper stated, and entities left with no relationship but their analysis cluster (e.g. a model family).</summary>
    private const string RemoveStaleRelations = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.id})
        MATCH (p)-[:MENTIONS|INTRODUCES]->(:Entity)-[r]-(:Entity)
        WHERE r.paper = row.id
        WITH collect(DISTINCT r) AS rels, collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) AS ends
        FOREACH (r IN rels | DELETE r)
        WITH ends
        UNWIND ends AS n
        WITH DISTINCT n
        """ + "\n" + DeleteUnlinked;

    /// <summary>The paper's mentions and topics, and the entities and topics nobody else refers to (IN_CLUSTER aside).</summary>
    private const string RemoveStaleEdges = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.id})
        MATCH (p)-[c:MENTIONS|INTRODUCES|ABOUT]->(n)
        DELETE c
        WITH DISTINCT n
        """ + "\n" + DeleteUnlinked;

    private const string MergePapers = """
        UNWIND $rows AS row
        MERGE (p:Paper {id: row.id})
        SET p.title = row.title, p.translatedTitle = row.translatedTitle, p.url = row.url, p.abstract = row.abstract,
            p.source = row.source, p.codeLinks = row.codeLinks, p.fingerprint = row.fingerprint
        """;

    // Entity labels accumulate and aliases are a union, so a second digest never erases what the first said.
    // No aliases means no property (as after a bulk import, whose CSV cannot hold an empty list).
    private const string MergeEntitiesTemplate = """
        UNWIND $rows AS row
        MERGE (e:Entity {key: row.key})
        ON CREATE SET e.name = row.name, e.type = row.type
        WITH e, reduce(acc = coalesce(e.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS aliases
        SET e.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END, e{0}
        """;

    // The paper's own edges were all removed above in the same transaction, so CREATE cannot duplicate them and
    // spares the check against every edge a popular entity already has.
    private const string CreateMentionsTemplate = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.paper})
        MATCH (e:Entity {key: row.key})
        CREATE (p)-[:{0}]->(e)
        """;

    private const string CreateTopics = """
        UNWIND $rows AS row
        MATCH (p:Paper {id: row.paper})
        MERGE (t:Topic {name: row.topic})
        CREATE (p)-[:ABOUT {primary: row.primary}]->(t)
        """;

    private const string MergeRelationsTemplate = """
        UNWIND $rows AS row
        MATCH (s:Entity {key: row.source})
        MATCH (t:Entity {key: row.target})
        MERGE (s)-[r:{0} {paper: row.paper}]->(t)
        SET r.evidence = row.evidence, r.metric = row.metric, r.value = row.value
        """;

    public const string ReadFingerprints = """
        UNWIND $ids AS id
        MATCH (p:Paper {id: id})
        RETURN p.id, p.fingerprint
        """;

    /// <summary>The statements for one batch (rows are the papers to write: new, or changed since the last write).</summary>
    /// <param name="writtenEntities">
    /// Keys of entities an earlier committed batch of the same write already merged: they exist (their papers' edges
    /// keep them from being orphaned) and need no second merge.
    /// </param>
    public static IReadOnlyList<CypherStatement> For(IReadOnlyList<PaperContribution> batch, ISet<string>? writtenEntities = null)
    {
        var statements = new List<CypherStatement>();
        void Add(string text, IEnumerable<object> rows)
        {
            var list = rows.ToArray();
            if (list.Length > 0) statements.Add(CypherStatement.WithRows(text, list));
        }

        var papers = batch.Select(c => (object)new { id = c.Paper.Id }).ToArray();
        Add(RemoveStaleRelations, papers);
        Add(RemoveStaleEdges, papers);
        Add(MergePapers, batch.Select(c => (object)PaperRow(c)));

        var entities = batch.SelectMany(c => c.Entities).DistinctBy(e => e.Key)
            .Where(e => writtenEntities?.Contains(e.Key) != true).ToArray();
        foreach (var group in entities.GroupBy(e => LabelsOf(e.Types)).OrderBy(g => g.Key, StringComparer.Ordinal))
            Add(MergeEntitiesTemplate.Replace("{0}", group.Key, StringComparison.Ordinal),
                group.Select(e => (object)new { key = e.Key, name = e.Name, type = e.Type.ToString(), aliases = e.Aliases }));

        var mentions = batch.SelectMany(c => c.Mentions).ToArray();
        Add(CreateMentionsTemplate.Replace("{0}", "MENTIONS", StringComparison.Ordinal),
            mentions.Select(m => (object)new { paper = m.PaperId, key = m.EntityKey }));
        Add(CreateMentionsTemplate.Replace("{0}", "INTRODUCES", StringComparison.Ordinal),
            mentions.Where(m => m.Introduced).Select(m => (object)new { paper = m.PaperId, key = m.EntityKey }));

        Add(CreateTopics, batch.SelectMany(c => c.Topics).Select(t => (object)new { paper = t.PaperId, topic = t.Topic, primary = t.Primary }));

        foreach (var group in batch.SelectMany(c => c.Relations).GroupBy(r => r.Type).OrderBy(g => g.Key))
            Add(MergeRelationsTemplate.Replace("{0}", group.Key.ToString(), StringComparison.Ordinal),
                group.Select(r => (object)new { source = r.SourceKey, target = r.TargetKey, paper = r.PaperId, evidence = r.Evidence, metric = r.Metric, value = r.Value }));
        return statements;
    }

    /// <summary>":Model" or ":Dataset:Benchmark": only enum names reach the Cypher text.</summary>
    public static string LabelsOf(IEnumerable<EntityType> types) =>
        string.Concat(types.Distinct().Order().Select(t => ":" + t.ToString()));

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
