using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Store;

namespace DigestGraph.IntegrationTests.Store;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphWriterTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    public Task InitializeAsync() => neo4j.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<WriteSummary> WriteAsync(KnowledgeGraph graph, int batchSize = 5_000)
    {
        using var store = new Neo4jGraphStore(neo4j.Settings(batchSize));
        return await store.WriteAsync(graph);
    }

    [Fact]
    public async Task Round_trip_writes_every_paper_entity_mention_topic_and_relation()
    {
        var graph = SampleGraphs.Build(SampleGraphs.DigestA());

        var summary = await WriteAsync(graph, batchSize: 12);

        using var client = neo4j.NewClient();
        Assert.Equal(graph.Papers.Count, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)"));
        Assert.Equal(graph.Entities.Count, await GraphSnapshot.CountAsync(client, "MATCH (e:Entity) RETURN count(e)"));
        Assert.Equal(graph.Topics.Count, await GraphSnapshot.CountAsync(client, "MATCH (t:Topic) RETURN count(t)"));
        Assert.Equal(graph.Mentions.Count, await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[m:MENTIONS|INTRODUCES]->(:Entity) RETURN count(m)"));
        Assert.Equal(graph.Mentions.Count(m => m.Introduced), await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[m:INTRODUCES]->(:Entity) RETURN count(m)"));
        Assert.Equal(graph.Papers.Sum(p => p.Topics.Count), await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[a:ABOUT]->(:Topic) RETURN count(a)"));
        Assert.Equal(graph.Relations.Count, await GraphSnapshot.CountAsync(client, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"));
        foreach (var type in Enum.GetValues<RelationType>())
            Assert.Equal(graph.Relations.Count(r => r.Type == type),
                await GraphSnapshot.CountAsync(client, $"MATCH (:Entity)-[r:{type}]->(:Entity) RETURN count(r)"));
        Assert.True(summary.Batches > 1, $"batch size 12 should need several transactions, got {summary.Batches}");
        Assert.Equal(graph.Papers.Count, summary.PapersWritten);

        // Type labels, the two-label benchmark, properties and the VARIANT_OF edge to a family nobody mentions.
        var glue = (await client.RunAsync(new CypherStatement(
            "MATCH (e:Entity {key: $key}) RETURN e.name, e.type, e:Dataset, e:Benchmark, e:Model", new Dictionary<string, object?> { ["key"] = "glue" }))).Rows.Single();
        Assert.Equal("GLUE", glue[0].GetString());
        Assert.Equal(graph.EntitiesByKey["glue"].Type.ToString(), glue[1].GetString());
        Assert.True(glue[2].GetBoolean() && glue[3].GetBoolean() && !glue[4].GetBoolean());
        var evaluated = (await client.RunAsync(new CypherStatement(
            "MATCH (:Entity {key: 'fastbert'})-[r:EVALUATED_ON]->(:Entity {key: 'glue'}) RETURN r.paper, r.metric, r.value, r.evidence"))).Rows.Single();
        Assert.Equal(["2403.01234", "accuracy", "89.5", "FastBERT EVALUATED_ON GLUE."], evaluated.Select(v => v.GetString()));
        var paper = (await client.RunAsync(new CypherStatement(
            "MATCH (p:Paper {id: '2403.05678'}) RETURN p.title, p.translatedTitle, p.url, p.source, p.codeLinks"))).Rows.Single();
        Assert.Equal("VisionMamba: State Space Models for Vision", paper[0].GetString());
        Assert.Equal("译：VisionMamba: State Space Models for Vision", paper[1].GetString());
        Assert.Equal("https://arxiv.org/abs/2403.05678", paper[2].GetString());
        Assert.Equal("digest-a.md:9", paper[3].GetString());
        Assert.Equal(["https://github.com/example/2403.05678"], paper[4].EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(1, await GraphSnapshot.CountAsync(client,
            "MATCH (:Model {key: 'llama38btuned'})-[:VARIANT_OF]->(f:Model {key: 'llama3'}) WHERE NOT (:Paper)-->(f) RETURN count(f)"));
        Assert.Equal(1, await GraphSnapshot.CountAsync(client,
            "MATCH (:Paper {id: '2403.01234'})-[a:ABOUT {primary: true}]->(:Topic {name: 'Natural Language Processing'}) RETURN count(a)"));
    }
}
