using DigestGraph.Extract.Lexicon;
using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests.Neo4j;

/// <summary>
/// The seed digests through the real reader and extractor into the live server. Expected values are computed from
/// the in-memory graph, so the checks hold whatever the extractor finds.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class SeedsGraphTests(Neo4jServerFixture neo4j)
{
    private static KnowledgeGraph SeedsGraph()
    {
        var seeds = Path.Combine(FindRoot(), "seeds");
        var input = new CorpusReader().Read([seeds]);
        var extractor = Extractors.RuleOnly();
        return new GraphBuilder(EntityLexicon.Default).AddRange(input.Papers.Select(extractor.Extract)).Build();
    }

    [Fact]
    public async Task The_seeds_graph_round_trips_and_every_saved_query_runs_on_it()
    {
        var graph = SeedsGraph();
        Assert.NotEmpty(graph.Papers);
        await neo4j.ResetAsync();
        using var store = new Neo4jGraphStore(neo4j.Settings(batchSize: 200));

        var first = await store.WriteAsync(graph);
        var second = await store.WriteAsync(graph);

        using var client = neo4j.NewClient();
        Assert.Equal(graph.Papers.Count, first.PapersWritten);
        Assert.Equal(graph.Papers.Count, second.PapersUnchanged);
        Assert.Equal(graph.Papers.Count, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)"));
        Assert.Equal(graph.Entities.Count, await GraphSnapshot.CountAsync(client, "MATCH (e:Entity) RETURN count(e)"));
        Assert.Equal(graph.Mentions.Count, await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[m:MENTIONS]->() RETURN count(m)"));
        Assert.Equal(ExportRows.Relations(graph).Count, await GraphSnapshot.CountAsync(client, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"));
        Assert.Equal(ExportRows.TopicLinks(graph).Count, await GraphSnapshot.CountAsync(client, "MATCH (:Paper)-[a:ABOUT]->() RETURN count(a)"));

        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "cypher", "queries"), "*.cypher"))
        {
            var query = CypherQueryFile.Load(file);
            var result = await client.RunAsync(query.ToStatement(new Dictionary<string, object?>()));
            Assert.NotEmpty(result.Columns);
        }

        // Papers per arXiv month, as the topics-by-month query would count them with every topic, from the graph itself.
        var months = await client.RunAsync(CypherQueryFile.Load(Path.Combine(AppContext.BaseDirectory, "cypher", "queries", "08-topics-by-month.cypher"))
            .ToStatement(new Dictionary<string, object?>()));
        var expected = ExportRows.TopicLinks(graph)
            .Where(l => l.PaperId.Length > 4 && l.PaperId[..4].All(char.IsAsciiDigit) && l.PaperId[4] == '.')
            .GroupBy(l => ($"20{l.PaperId[..2]}-{l.PaperId[2..4]}", l.Topic))
            .Select(g => $"{g.Key.Item1}|{g.Key.Topic}|{g.Select(l => l.PaperId).Distinct().Count()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, months.Rows.Select(r => $"{r[0].GetString()}|{r[1].GetString()}|{r[2].GetInt64()}").Order(StringComparer.Ordinal));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DigestGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("DigestGraph.sln");
    }
}
