using DigestGraph.Export;
using DigestGraph.Graph;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests.Neo4j;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphReaderTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    public Task InitializeAsync() => neo4j.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Writes each graph in turn (as separate ingests), then reads the database back with pages of <paramref name="pageSize"/>.</summary>
    private async Task<KnowledgeGraph> WriteThenReadAsync(int pageSize, params KnowledgeGraph[] ingests)
    {
        using (var writer = new Neo4jGraphStore(neo4j.Settings()))
            foreach (var graph in ingests) await writer.WriteAsync(graph);
        using var reader = new Neo4jGraphStore(neo4j.Settings(pageSize));
        return await reader.ReadAsync();
    }

    [Fact]
    public async Task Reading_back_a_written_graph_gives_the_same_papers_entities_mentions_topics_and_relations()
    {
        var graph = SampleGraphs.Build(SampleGraphs.DigestA().Concat(SampleGraphs.DigestB()));

        // Pages of 2 so that every read takes several pages.
        var read = await WriteThenReadAsync(2, graph);

        Assert.Equal(graph.Papers.Count, read.Papers.Count);
        Assert.Equal(graph.Entities.Count, read.Entities.Count);
        Assert.Equal(Papers(graph), Papers(read));
        Assert.Equal(Entities(graph), Entities(read));
        Assert.Equal(Mentions(graph), Mentions(read));
        Assert.Equal(TopicLinks(graph), TopicLinks(read));
        Assert.Equal(Relations(graph), Relations(read));
        Assert.Contains(read.Relations, r => r.Metric == "accuracy" && r.Value == "89.5");
        Assert.Contains(read.Mentions, m => m is { PaperId: "2403.01234", EntityKey: "fastbert", Introduced: true });
    }

    [Fact]
    public async Task Two_ingests_read_back_as_their_union_with_shared_entities_once()
    {
        var a = SampleGraphs.Build(SampleGraphs.DigestA());
        var b = SampleGraphs.Build(SampleGraphs.DigestB());
        var union = SampleGraphs.Build(SampleGraphs.DigestA().Concat(SampleGraphs.DigestB()));

        var read = await WriteThenReadAsync(3, a, b);

        Assert.Equal(a.Papers.Count + b.Papers.Count, read.Papers.Count);
        Assert.True(read.Entities.Count < a.Entities.Count + b.Entities.Count, "shared entities are read once");
        Assert.Equal(Papers(union), Papers(read));
        Assert.Equal(Entities(union).Select(e => e.Split('|')[0]), Entities(read).Select(e => e.Split('|')[0]));
        Assert.Equal(Mentions(union), Mentions(read));
        Assert.Equal(Relations(union), Relations(read));
    }

    [Fact]
    public async Task An_empty_database_reads_as_an_empty_graph()
    {
        using var store = new Neo4jGraphStore(neo4j.Settings());

        var read = await store.ReadAsync();

        Assert.Empty(read.Papers);
        Assert.Empty(read.Entities);
        Assert.Empty(read.Relations);
    }

    private static string[] Papers(KnowledgeGraph g) => g.Papers
        .Select(p => string.Join('|', p.Id, p.Paper.Title, p.Paper.TranslatedTitle, p.Paper.Url, p.Paper.Abstract,
            string.Join(',', p.Paper.CodeLinks), p.Paper.Source, p.PrimaryTopic))
        .Order(StringComparer.Ordinal).ToArray();

    private static string[] Entities(KnowledgeGraph g) => g.Entities
        .Select(e => string.Join('|', e.Key, e.Name, e.Type, string.Join(',', e.Types.Order()), string.Join(',', e.Aliases.Order(StringComparer.Ordinal))))
        .Order(StringComparer.Ordinal).ToArray();

    private static string[] Mentions(KnowledgeGraph g) =>
        ExportRows.Mentions(g).Select(m => $"{m.PaperId} {m.EntityKey} {m.Introduced}").Order(StringComparer.Ordinal).ToArray();

    private static string[] TopicLinks(KnowledgeGraph g) =>
        ExportRows.TopicLinks(g).Select(t => $"{t.PaperId} {t.Topic} {t.Primary}").Order(StringComparer.Ordinal).ToArray();

    private static string[] Relations(KnowledgeGraph g) => ExportRows.Relations(g)
        .Select(r => $"{r.Type} {r.SourceKey} {r.TargetKey} {r.PaperId} {r.Evidence} {r.Metric} {r.Value}")
        .Order(StringComparer.Ordinal).ToArray();
}
