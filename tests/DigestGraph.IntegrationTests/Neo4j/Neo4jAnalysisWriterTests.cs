using DigestGraph.Analyse;
using DigestGraph.Neo4j;
using DigestGraph.Pipeline;

namespace DigestGraph.IntegrationTests.Neo4j;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jAnalysisWriterTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    private static readonly string ClusterMembers = Path.Combine(AppContext.BaseDirectory, "cypher", "queries", "07-topic-cluster-members.cypher");

    public Task InitializeAsync() => neo4j.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static long Count(Neo4jHttpClient client, string cypher) => GraphSnapshot.CountAsync(client, cypher).GetAwaiter().GetResult();

    private async Task<ClusterAnalysisResult> IngestAndAnalyseAsync(bool withDigestB, ClusterOptions? options = null)
    {
        using var store = new Neo4jGraphStore(neo4j.Settings(batchSize: 3));
        await store.WriteAsync(SampleGraphs.Build(SampleGraphs.DigestA()));
        if (withDigestB) await store.WriteAsync(SampleGraphs.Build(SampleGraphs.DigestB()));
        return (await StoredGraphAnalysis.RunAsync(store, options))!;
    }

    /// <summary>What the database must hold after writing <paramref name="result"/>: one Cluster per cluster, each analysed node in its own.</summary>
    private static void AssertStored(Neo4jHttpClient client, ClusterAnalysisResult result)
    {
        var clusters = result.PaperClusters.Concat(result.EntityClusters).ToArray();
        Assert.Equal(clusters.Length, Count(client, "MATCH (c:Cluster) RETURN count(c)"));
        Assert.Equal(result.Papers.Count, Count(client, "MATCH (:Paper)-[:IN_CLUSTER]->(:Cluster) RETURN count(*)"));
        Assert.Equal(result.Entities.Count, Count(client, "MATCH (:Entity)-[:IN_CLUSTER]->(:Cluster) RETURN count(*)"));
        Assert.Equal(result.Papers.Count, Count(client, "MATCH (p:Paper) WHERE p.pagerank IS NOT NULL AND p.betweenness IS NOT NULL AND p.community IS NOT NULL RETURN count(p)"));
        Assert.Equal(result.Entities.Count, Count(client, "MATCH (e:Entity) WHERE e.pagerank IS NOT NULL AND e.betweenness IS NOT NULL AND e.community IS NOT NULL RETURN count(e)"));
        Assert.Equal(0, Count(client, "MATCH (n)-[:IN_CLUSTER]->(c:Cluster) WHERE n.community <> c.id RETURN count(n)"));
        Assert.Equal(0, Count(client, "MATCH (c:Cluster) WHERE size([(c)<-[:IN_CLUSTER]-(n) | n]) <> c.size RETURN count(c)"));
        var stored = client.RunAsync(new CypherStatement("MATCH (c:Cluster) RETURN c.id, c.label, c.kind")).GetAwaiter().GetResult().Rows
            .Select(r => $"{r[0].GetString()} {r[1].GetString()} {r[2].GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(clusters.Select(c => $"{c.Id} {c.Label} {c.Kind}").Order(StringComparer.Ordinal), stored);
    }

    [Fact]
    public async Task An_analysis_writes_clusters_memberships_and_centralities_of_every_paper_and_entity()
    {
        var result = await IngestAndAnalyseAsync(withDigestB: false);

        using var client = neo4j.NewClient();
        Assert.Equal(Count(client, "MATCH (p:Paper) RETURN count(p)"), result.Papers.Count);
        Assert.Equal(Count(client, "MATCH (e:Entity) RETURN count(e)"), result.Entities.Count);
        AssertStored(client, result);
        var top = result.Papers.MaxBy(m => m.PageRank)!;
        var stored = await client.RunAsync(new CypherStatement("MATCH (p:Paper {id: $id}) RETURN p.pagerank, p.community",
            new Dictionary<string, object?> { ["id"] = top.Id }));
        Assert.Equal(top.PageRank, stored.Rows[0][0].GetDouble(), 12);
        Assert.Equal(top.ClusterId, stored.Rows[0][1].GetString());
    }

    [Fact]
    public async Task A_second_run_on_the_same_graph_leaves_the_database_identical()
    {
        await IngestAndAnalyseAsync(withDigestB: true);
        using var client = neo4j.NewClient();
        var before = await GraphSnapshot.ReadAsync(client);

        using var store = new Neo4jGraphStore(neo4j.Settings());
        await StoredGraphAnalysis.RunAsync(store, null);

        GraphSnapshot.AssertSame(before, await GraphSnapshot.ReadAsync(client));
    }

    [Fact]
    public async Task After_a_second_digest_the_clusters_are_those_of_the_union_and_none_is_stale()
    {
        var first = await IngestAndAnalyseAsync(withDigestB: false);
        using var store = new Neo4jGraphStore(neo4j.Settings());
        await store.WriteAsync(SampleGraphs.Build(SampleGraphs.DigestB()));

        var union = (await StoredGraphAnalysis.RunAsync(store, null))!;

        using var client = neo4j.NewClient();
        Assert.True(union.Papers.Count > first.Papers.Count);
        Assert.Equal(Count(client, "MATCH (p:Paper) RETURN count(p)"), union.Papers.Count);
        AssertStored(client, union);
        Assert.Equal(0, Count(client, "MATCH (c:Cluster) WHERE NOT (c)<-[:IN_CLUSTER]-() RETURN count(c)"));
    }

    [Fact]
    public async Task Clusters_and_properties_of_the_previous_run_are_removed_when_the_new_one_lacks_them()
    {
        // Many small clusters first, then one analysis of fewer nodes: the clusters and nodes it lacks must go.
        await IngestAndAnalyseAsync(withDigestB: true, new ClusterOptions { Resolution = 5 });
        var smaller = ClusterAnalysis.Run(SampleGraphs.Build(SampleGraphs.DigestA()), new ClusterOptions { Resolution = 0.1 });
        using var client = neo4j.NewClient();
        Assert.True(Count(client, "MATCH (c:Cluster) RETURN count(c)") > smaller.PaperClusters.Count + smaller.EntityClusters.Count);

        await new Neo4jAnalysisWriter(client).WriteAsync(smaller);

        AssertStored(client, smaller);
        var analysed = smaller.Papers.Count + smaller.Entities.Count;
        Assert.Equal(analysed, Count(client, "MATCH (n) WHERE n.pagerank IS NOT NULL OR n.betweenness IS NOT NULL OR n.community IS NOT NULL RETURN count(n)"));
        Assert.Equal(analysed, Count(client, "MATCH ()-[r:IN_CLUSTER]->() RETURN count(r)"));
    }

    [Fact]
    public async Task A_changed_paper_still_removes_the_entities_only_it_mentioned_although_they_were_in_a_cluster()
    {
        await IngestAndAnalyseAsync(withDigestB: false);
        using var client = neo4j.NewClient();
        Assert.Equal(1, Count(client, "MATCH (:Entity {key: 'vit'})-[:IN_CLUSTER]->(:Cluster) RETURN count(*)"));
        // ViT is named by the VisionMamba paper only; its new text no longer names it.
        var changed = SampleGraphs.DigestA().Select(e => e.Paper.Id == "2403.05678"
            ? e with { Entities = e.Entities.Where(x => x.Name != "ViT").ToArray(), Relations = e.Relations.Where(r => r.Source != "ViT" && r.Target != "ViT").ToArray() }
            : e).ToArray();

        using var store = new Neo4jGraphStore(neo4j.Settings());
        await store.WriteAsync(SampleGraphs.Build(changed));

        Assert.Equal(0, Count(client, "MATCH (e:Entity {key: 'vit'}) RETURN count(e)"));
        Assert.Equal(0, Count(client, "MATCH (e:Entity) WHERE size([(e)-[r]-() WHERE type(r) <> 'IN_CLUSTER' | r]) = 0 RETURN count(e)"));
    }

    [Fact]
    public async Task The_saved_cluster_members_query_lists_the_members_of_a_written_cluster()
    {
        var result = await IngestAndAnalyseAsync(withDigestB: true);
        var biggest = result.PaperClusters[0];
        using var client = neo4j.NewClient();

        var rows = (await client.RunAsync(CypherQueryFile.Load(ClusterMembers).ToStatement(new Dictionary<string, object?> { ["cluster"] = biggest.Id }))).Rows;

        Assert.Equal(biggest.Size, rows.Count);
        Assert.All(rows, r => Assert.Equal(biggest.Id, r[0].GetString()));
        Assert.Equal(biggest.Members.Order(StringComparer.Ordinal), rows.Select(r => r[4].GetString()!).Order(StringComparer.Ordinal));
        var byLabel = (await client.RunAsync(CypherQueryFile.Load(ClusterMembers).ToStatement(new Dictionary<string, object?> { ["cluster"] = biggest.Label }))).Rows;
        // A label need not be unique (small clusters can share their topic): the query lists the members of each.
        Assert.Equal(result.PaperClusters.Concat(result.EntityClusters).Where(c => c.Label == biggest.Label).Sum(c => c.Size), byLabel.Count);
    }
}
