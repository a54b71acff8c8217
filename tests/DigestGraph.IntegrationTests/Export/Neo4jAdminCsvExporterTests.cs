using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Neo4jTestServer;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests.Export;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jAdminCsvExporterTests(Neo4jServerFixture neo4j) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"digestgraph-csv-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Bulk_import_of_the_csv_files_gives_the_same_graph_as_the_http_writer()
    {
        var hostile = new PaperExtraction(
            SampleGraphs.Paper("2406.66666", "Quotes \"inside\", commas, and\nnew lines", "Abstract, with \"quotes\" and\r\nlines; semicolons too")
                with { CodeLinks = [], TranslatedTitle = null },
            [SampleGraphs.Entity("O'Brien \"Net\", v2", EntityType.Model, true, "alias; with semicolon", "alias, with comma")],
            [], ["Topic, with comma"], null);
        var graph = SampleGraphs.Build(SampleGraphs.DigestA().Concat(SampleGraphs.DigestB()).Append(hostile));
        await neo4j.ResetAsync();
        using (var store = new Neo4jGraphStore(neo4j.Settings()))
            await store.WriteAsync(graph);
        using var written = neo4j.NewClient();
        var expected = await GraphSnapshot.ReadAsync(written);

        var files = new GraphFileWriter(Neo4jAdminCsvExporter.Files()).WriteAll(graph, _directory);
        using var imported = await LocalNeo4jServer.StartAsync(beforeStart: server => server.RunTool("neo4j-import",
        [
            "--into", Path.Combine(server.Home, "data", "databases", "graph.db"),
            "--array-delimiter", Neo4jAdminCsvExporter.ArrayDelimiter.ToString(), "--multiline-fields", "true",
            "--nodes", files[0], "--nodes", files[1], "--nodes", files[2],
            "--relationships", files[3], "--relationships", files[4], "--relationships", files[5],
        ]));

        using var client = new Neo4jHttpClient(new Neo4jSettings { Uri = imported.HttpUri, User = imported.User, Password = imported.Password });
        GraphSnapshot.AssertSame(expected, await GraphSnapshot.ReadAsync(client));

        // A write after the bulk import finds every paper unchanged.
        using var store2 = new Neo4jGraphStore(new Neo4jSettings { Uri = imported.HttpUri, User = imported.User, Password = imported.Password });
        var summary = await store2.WriteAsync(graph);
        Assert.Equal(graph.Papers.Count, summary.PapersUnchanged);
    }
}
