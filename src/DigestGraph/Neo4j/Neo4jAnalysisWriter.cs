using DigestGraph.Analyse;
using DigestGraph.Graph;
using DigestGraph.Progress;

namespace DigestGraph.Neo4j;

/// <summary>
/// Writes an analysis run into Neo4j, replacing the previous one: <c>(:Cluster {id, label, kind, size})</c> nodes,
/// <c>(n)-[:IN_CLUSTER]-&gt;(:Cluster)</c> for every analysed paper and entity, and <c>pagerank</c>, <c>betweenness</c>
/// and <c>community</c> (its cluster id) on those nodes. Clusters of the previous run that no longer exist are
/// deleted and nodes no longer analysed lose the properties. Batched UNWIND, one transaction per batch of at most
/// BatchSize rows, and what was stored before is read in pages of that size, so no request grows with the corpus;
/// what an unchanged analysis writes leaves the database as it was. Labels and relationship types come only from <see cref="GraphVocabulary"/>.
/// </summary>
internal sealed class Neo4jAnalysisWriter(Neo4jHttpClient client)
{
    private const string MergeClusters = $$"""
        UNWIND $rows AS row
        MERGE (c:{{GraphVocabulary.Cluster}} {id: row.id})
        SET c.label = row.label, c.kind = row.kind, c.size = row.size
        """;

    // A node moved to another cluster loses its old IN_CLUSTER; one already in the right cluster keeps it.
    // Three $ because the template's own {{1}} placeholder needs a literal double brace.
    private const string AssignTemplate = $$$"""
        UNWIND $rows AS row
        MATCH (n:{0} {{1}: row.id})
        MATCH (c:{{{GraphVocabulary.Cluster}}} {id: row.cluster})
        SET n.pagerank = row.pagerank, n.betweenness = row.betweenness, n.community = row.cluster
        WITH n, c
        OPTIONAL MATCH (n)-[old:{{{GraphVocabulary.InCluster}}}]->(other:{{{GraphVocabulary.Cluster}}})
        WHERE other <> c
        DELETE old
        WITH DISTINCT n, c
        MERGE (n)-[:{{{GraphVocabulary.InCluster}}}]->(c)
        """;

    private const string StoredTemplate = """
        MATCH (n:{0}) WHERE n.community IS NOT NULL AND n.{1} > $after
        RETURN n.{1} ORDER BY n.{1} LIMIT $limit
        """;

    private const string ClearTemplate = $$$"""
        UNWIND $rows AS row
        MATCH (n:{0} {{1}: row.id})
        REMOVE n.pagerank, n.betweenness, n.community
        WITH n
        OPTIONAL MATCH (n)-[r:{{{GraphVocabulary.InCluster}}}]->(:{{{GraphVocabulary.Cluster}}})
        DELETE r
        """;

    private const string StoredClusters = $"MATCH (c:{GraphVocabulary.Cluster}) WHERE c.id > $after RETURN c.id ORDER BY c.id LIMIT $limit";

    private const string DeleteClusters = $$"""
        UNWIND $rows AS row
        MATCH (c:{{GraphVocabulary.Cluster}} {id: row.id})
        DETACH DELETE c
        """;

    /// <summary>(label, key property) of the analysed node kinds.</summary>
    private static readonly (string Label, string Key) Papers = (GraphVocabulary.Paper, "id"), Entities = (GraphVocabulary.Entity, "key");

    /// <summary>Writes the analysis; <paramref name="progress"/> hears of every batch of clusters and analysed nodes as stage "neo4j analysis".</summary>
    public async Task<StatementStats> WriteAsync(ClusterAnalysisResult result, CancellationToken ct = default, IProgress<StageProgress>? progress = null)
    {
        var rows = new Neo4jGraphWriter(client);
        var clusters = result.PaperClusters.Concat(result.EntityClusters).ToArray();
        long total = clusters.Length + result.Papers.Count + result.Entities.Count, done = 0;
        const string stage = "neo4j analysis";
        progress?.Report(new StageProgress(stage, 0, total));
        var batches = progress?.Map<int>(written => new StageProgress(stage, done += written, total));
        var stats = await rows.WriteRowsAsync(MergeClusters,
            clusters.Select(c => (object)new { id = c.Id, label = c.Label, kind = c.Kind.ToString(), size = c.Size }).ToArray(), ct, batches).ConfigureAwait(false);
        foreach (var (kind, metrics) in new[] { (Papers, result.Papers), (Entities, result.Entities) })
        {
            stats += await rows.WriteRowsAsync(Template(AssignTemplate, kind),
                metrics.Select(m => (object)new { id = m.Id, cluster = m.ClusterId, pagerank = m.PageRank, betweenness = m.Betweenness }).ToArray(), ct, batches).ConfigureAwait(false);
            var analysed = metrics.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
            var stale = (await StoredAsync(Template(StoredTemplate, kind), ct).ConfigureAwait(false)).Where(id => !analysed.Contains(id));
            stats += await rows.WriteRowsAsync(Template(ClearTemplate, kind), stale.Select(id => (object)new { id }).ToArray(), ct).ConfigureAwait(false);
        }
        var current = clusters.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var gone = (await StoredAsync(StoredClusters, ct).ConfigureAwait(false)).Where(id => !current.Contains(id));
        stats += await rows.WriteRowsAsync(DeleteClusters, gone.Select(id => (object)new { id }).ToArray(), ct).ConfigureAwait(false);
        progress?.Report(StageProgress.Finished(stage, total));
        return stats;
    }

    /// <summary>The keys a keyset-paged statement returns, page by page of BatchSize.</summary>
    private async Task<IReadOnlyList<string>> StoredAsync(string statement, CancellationToken ct)
    {
        var keys = new List<string>();
        var limit = Math.Max(1, client.Settings.BatchSize);
        while (true)
        {
            var page = await client.RunAsync(new CypherStatement(statement,
                new Dictionary<string, object?> { ["after"] = keys.Count > 0 ? keys[^1] : "", ["limit"] = limit }), ct).ConfigureAwait(false);
            keys.AddRange(page.Rows.Select(r => r[0].GetString()!));
            if (page.Rows.Count < limit) return keys;
        }
    }

    private static string Template(string template, (string Label, string Key) kind) =>
        template.Replace("{0}", kind.Label, StringComparison.Ordinal).Replace("{1}", kind.Key, StringComparison.Ordinal);
}
