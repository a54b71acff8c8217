using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests.Neo4j;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphWriterTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    public Task InitializeAsync() => neo4j.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<WriteSummary> WriteAsync(KnowledgeGraph graph, int batchSize = 5_000, int writers = 1)
    {
        using var store = new Neo4jGraphStore(neo4j.Settings(batchSize) with { Writers = writers });
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
        Assert.Equal(ExportRows.Topics(graph).Count, await GraphSnapshot.CountAsync(client, "MATCH (t:Topic) RETURN count(t)"));
        Assert.Equal(graph.Mentions.Count, await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[m:MENTIONS]->(:Entity) RETURN count(m)"));
        Assert.Equal(graph.Mentions.Count(m => m.Introduced), await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[m:INTRODUCES]->(:Entity) RETURN count(m)"));
        Assert.Equal(ExportRows.TopicLinks(graph).Count, await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[a:ABOUT]->(:Topic) RETURN count(a)"));
        Assert.Equal(graph.Relations.Count, await GraphSnapshot.CountAsync(client, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"));
        foreach (var type in Enum.GetValues<RelationType>())
            Assert.Equal(graph.Relations.Count(r => r.Type == type),
                await GraphSnapshot.CountAsync(client, $"MATCH (:Entity)-[r:{type.Name()}]->(:Entity) RETURN count(r)"));
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

    [Fact]
    public async Task Writing_the_same_graph_twice_leaves_the_database_unchanged()
    {
        var graph = SampleGraphs.Build(SampleGraphs.DigestA());
        await WriteAsync(graph, batchSize: 10);
        using var client = neo4j.NewClient();
        var first = await GraphSnapshot.ReadAsync(client);

        var again = await WriteAsync(graph, batchSize: 10);

        Assert.Equal(0, again.PapersWritten);
        Assert.Equal(graph.Papers.Count, again.PapersUnchanged);
        GraphSnapshot.AssertSame(first, await GraphSnapshot.ReadAsync(client));

        // Without the fingerprints every paper is replaced in place, and still nothing changes.
        await client.RunAsync(new CypherStatement("MATCH (p:Paper) REMOVE p.fingerprint"));
        var rewritten = await WriteAsync(graph, batchSize: 10);
        Assert.Equal(graph.Papers.Count, rewritten.PapersWritten);
        GraphSnapshot.AssertSame(first, await GraphSnapshot.ReadAsync(client));
    }

    [Fact]
    public async Task A_second_digest_adds_its_papers_and_reuses_the_entities_it_shares()
    {
        var digestA = SampleGraphs.Build(SampleGraphs.DigestA());
        var digestB = SampleGraphs.Build(SampleGraphs.DigestB());
        await WriteAsync(digestA);

        var summary = await WriteAsync(digestB);

        using var client = neo4j.NewClient();
        var both = SampleGraphs.Build(SampleGraphs.DigestA().Concat(SampleGraphs.DigestB()));
        Assert.Equal(digestB.Papers.Count, summary.PapersWritten);
        Assert.Equal(both.Papers.Count, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)"));
        Assert.Equal(both.Entities.Count, await GraphSnapshot.CountAsync(client, "MATCH (e:Entity) RETURN count(e)"));
        Assert.Equal(ExportRows.Topics(both).Count, await GraphSnapshot.CountAsync(client, "MATCH (t:Topic) RETURN count(t)"));
        Assert.Equal(both.Mentions.Count, await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[m:MENTIONS]->() RETURN count(m)"));
        Assert.Equal(both.Relations.Count, await GraphSnapshot.CountAsync(client, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"));

        // BERT is one node, mentioned by papers of both digests, with the aliases each digest gave it.
        var bert = (await client.RunAsync(new CypherStatement(
            "MATCH (p:Paper)-[:MENTIONS]->(e:Entity {key: 'bert'}) RETURN count(DISTINCT e), collect(p.id), e.aliases"))).Rows.Single();
        Assert.Equal(1, bert[0].GetInt64());
        Assert.Equal(["2403.01234", "2404.00042", "2405.11111"], bert[1].EnumerateArray().Select(v => v.GetString()).Order());
        Assert.Equal(["BERT-base", "Bidirectional Encoder Representations from Transformers"], bert[2].EnumerateArray().Select(v => v.GetString()).Order());
    }

    [Fact]
    public async Task Re_ingesting_a_changed_paper_replaces_only_what_that_paper_contributed()
    {
        await WriteAsync(SampleGraphs.Build(SampleGraphs.DigestA()));
        using var client = neo4j.NewClient();
        const string others = "MATCH (a)-[r]->(b) WHERE coalesce(r.paper, a.id) <> '2403.05678' RETURN a.key, a.id, type(r), b.key, b.name, properties(r)";
        var othersBefore = Rows(await client.RunAsync(new CypherStatement(others)));

        // VisionMamba's paper now compares with Swin instead of ViT and no longer names Google.
        var changed = SampleGraphs.DigestA().Select(e => e.Paper.Id != "2403.05678" ? e : e with
        {
            Paper = e.Paper with { Abstract = "VisionMamba from Meta beats Swin on ImageNet (85.0 top-1)." },
            Entities = [e.Entities[0], SampleGraphs.Entity("Swin", EntityType.Model), SampleGraphs.Benchmark("ImageNet"), SampleGraphs.Entity("Meta", EntityType.Organization)],
            Relations =
            [
                SampleGraphs.Rel(RelationType.Outperforms, "VisionMamba", "Swin"),
                SampleGraphs.Rel(RelationType.EvaluatedOn, "VisionMamba", "ImageNet", "top-1", "85.0"),
                SampleGraphs.Rel(RelationType.DevelopedBy, "VisionMamba", "Meta"),
            ],
        }).ToArray();
        var changedGraph = SampleGraphs.Build(changed);

        var summary = await WriteAsync(changedGraph);

        Assert.Equal(1, summary.PapersWritten);
        Assert.Equal(2, summary.PapersUnchanged);
        Assert.Equal(othersBefore, Rows(await client.RunAsync(new CypherStatement(others))));
        Assert.Equal(0, await GraphSnapshot.CountAsync(client, "MATCH (e:Entity {key: 'vit'}) RETURN count(e)"));
        Assert.Equal(1, await GraphSnapshot.CountAsync(client, "MATCH (:Entity {key: 'google'}) RETURN count(*)"));
        Assert.Equal(0, await GraphSnapshot.CountAsync(client, "MATCH (:Paper {id: '2403.05678'})-->(:Entity {key: 'google'}) RETURN count(*)"));
        Assert.Equal("85.0", (await client.RunAsync(new CypherStatement(
            "MATCH (:Entity {key: 'visionmamba'})-[r:EVALUATED_ON {paper: '2403.05678'}]->(:Entity {key: 'imagenet'}) RETURN r.value"))).Rows.Single()[0].GetString());

        // The database now holds exactly what writing the changed digest into an empty one gives.
        var incremental = await GraphSnapshot.ReadAsync(client);
        await neo4j.ResetAsync();
        await WriteAsync(changedGraph);
        GraphSnapshot.AssertSame(await GraphSnapshot.ReadAsync(client), incremental);
    }

    [Fact]
    public async Task Names_with_quotes_backticks_and_cypher_fragments_are_stored_verbatim()
    {
        string[] names = ["O'Brien \"Net\"", "`Back`tick` Model", "x'}) DETACH DELETE n //", "$rows {param} \\ end", "MATCH (n) DETACH DELETE n"];
        var title = "Evil: '}) MATCH (n) DETACH DELETE n // `x` \"y\" $rows";
        var extraction = new DigestGraph.Extract.PaperExtraction(
            SampleGraphs.Paper("2406.66666", title, "Abstract with \"quotes\", 'single', `ticks` and }) DETACH DELETE n //"),
            names.Select((n, i) => SampleGraphs.Entity(n, i == 0 ? EntityType.Model : EntityType.Method, i == 0, $"alias '{i}' `{i}`")).ToArray(),
            [new ExtractedRelation(RelationType.Uses, names[0], names[2], "evidence '}) DETACH DELETE n //")],
            ["Topic `with` 'quotes'"], "Topic `with` 'quotes'");
        await WriteAsync(SampleGraphs.Build(SampleGraphs.DigestA()));

        await WriteAsync(SampleGraphs.Build([extraction]));

        using var client = neo4j.NewClient();
        var stored = (await client.RunAsync(new CypherStatement(
            "MATCH (:Paper {id: '2406.66666'})-[:MENTIONS]->(e:Entity) RETURN e.name, e.aliases"))).Rows;
        Assert.Equal(names.Order(StringComparer.Ordinal), stored.Select(r => r[0].GetString()!).Order(StringComparer.Ordinal));
        Assert.Contains(stored, r => r[1].EnumerateArray().Any(a => a.GetString() == "alias '2' `2`"));
        var paper = (await client.RunAsync(new CypherStatement("MATCH (p:Paper {id: '2406.66666'})-[:ABOUT]->(t:Topic) RETURN p.title, p.abstract, t.name"))).Rows.Single();
        Assert.Equal(title, paper[0].GetString());
        Assert.Equal(extraction.Paper.Abstract, paper[1].GetString());
        Assert.Equal("Topic `with` 'quotes'", paper[2].GetString());
        Assert.Equal("evidence '}) DETACH DELETE n //", (await client.RunAsync(new CypherStatement(
            "MATCH ()-[r:USES {paper: '2406.66666'}]->() RETURN r.evidence"))).Rows.Single()[0].GetString());
        Assert.Equal(4, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)"));
    }

    [Fact]
    public async Task A_server_stopped_mid_write_leaves_whole_batches_and_the_next_run_completes()
    {
        var graph = SampleGraphs.Build(SampleGraphs.DigestA().Concat(SampleGraphs.DigestB()));
        var stopAfterFirstBatch = new StopServerAfter(neo4j, batches: 1);
        var settings = neo4j.Settings(batchSize: 1) with { MaxRetries = 1 };

        using (var store = new Neo4jGraphStore(settings))
        {
            var error = await Assert.ThrowsAsync<Neo4jException>(() => store.WriteAsync(graph, stopAfterFirstBatch));
            Assert.Equal(Neo4jErrorKind.Unreachable, error.Kind);
            Assert.DoesNotContain(settings.Password, error.Message);
        }
        await neo4j.Server.RestartAsync();

        using var client = neo4j.NewClient();
        Assert.Equal(1, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)"));
        var first = graph.Papers[0];
        Assert.Equal(graph.Mentions.Count(m => m.PaperId == first.Id), await GraphSnapshot.CountAsync(client,
            $"MATCH (:Paper {{id: '{first.Id}'}})-[m:MENTIONS]->() RETURN count(m)"));

        var completed = await WriteAsync(graph, batchSize: 1);
        Assert.Equal(graph.Papers.Count - 1, completed.PapersWritten);
        var resumed = await GraphSnapshot.ReadAsync(client);
        await neo4j.ResetAsync();
        await WriteAsync(graph);
        GraphSnapshot.AssertSame(await GraphSnapshot.ReadAsync(client), resumed);
    }

    [Fact]
    public async Task Concurrent_writers_give_the_same_graph_as_one_writer()
    {
        var graph = SampleGraphs.Build(SampleGraphs.DigestA().Concat(SampleGraphs.DigestB()));
        await WriteAsync(graph);
        using var client = neo4j.NewClient();
        var sequential = await GraphSnapshot.ReadAsync(client);
        await neo4j.ResetAsync();

        // Batches of one paper, three in flight: they share entities and topics, so they contend for the same locks.
        var concurrent = await WriteAsync(graph, batchSize: 1, writers: 3);

        Assert.Equal(graph.Papers.Count, concurrent.PapersWritten);
        Assert.Equal(graph.Papers.Count, concurrent.Batches);
        GraphSnapshot.AssertSame(sequential, await GraphSnapshot.ReadAsync(client));
        Assert.Equal(0, (await WriteAsync(graph, batchSize: 1, writers: 3)).PapersWritten);
        GraphSnapshot.AssertSame(sequential, await GraphSnapshot.ReadAsync(client));
    }

    [Fact]
    public async Task A_server_stopped_during_concurrent_writes_leaves_only_whole_papers_and_the_next_run_completes()
    {
        var graph = SampleGraphs.Build(SampleGraphs.DigestA().Concat(SampleGraphs.DigestB()));
        var settings = neo4j.Settings(batchSize: 1) with { MaxRetries = 1, Writers = 2 };

        using (var store = new Neo4jGraphStore(settings))
            await Assert.ThrowsAsync<Neo4jException>(() => store.WriteAsync(graph, new StopServerAfter(neo4j, batches: 2)));
        await neo4j.Server.RestartAsync();

        // Whichever batches committed (at least the two reported, perhaps one more in flight), each paper is whole.
        using var client = neo4j.NewClient();
        var stored = (await client.RunAsync(new CypherStatement("MATCH (p:Paper) RETURN p.id"))).Rows.Select(r => r[0].GetString()!).ToArray();
        Assert.InRange(stored.Length, 2, graph.Papers.Count - 1);
        foreach (var id in stored)
        {
            Assert.Equal(graph.Mentions.Count(m => m.PaperId == id), await GraphSnapshot.CountAsync(client,
                $"MATCH (:Paper {{id: '{id}'}})-[m:MENTIONS]->() RETURN count(m)"));
            Assert.Equal(ExportRows.Relations(graph).Count(r => r.PaperId == id), await GraphSnapshot.CountAsync(client,
                $"MATCH (:Entity)-[r]->(:Entity) WHERE r.paper = '{id}' RETURN count(r)"));
        }

        var completed = await WriteAsync(graph, batchSize: 1, writers: 2);
        Assert.Equal(graph.Papers.Count - stored.Length, completed.PapersWritten);
        var resumed = await GraphSnapshot.ReadAsync(client);
        await neo4j.ResetAsync();
        await WriteAsync(graph);
        GraphSnapshot.AssertSame(await GraphSnapshot.ReadAsync(client), resumed);
    }

    private static string[] Rows(StatementResult result) =>
        result.Rows.Select(r => string.Join(" | ", r.Select(v => v.GetRawText()))).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Stops the live server once the given number of batches are committed (reported synchronously).</summary>
    private sealed class StopServerAfter(Neo4jServerFixture neo4j, int batches) : IProgress<WriteProgress>
    {
        public void Report(WriteProgress value)
        {
            if (value.BatchesDone == batches) neo4j.Server.Stop();
        }
    }
}
