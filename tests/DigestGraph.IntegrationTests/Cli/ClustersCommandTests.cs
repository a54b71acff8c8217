using System.Text.Json;
using DigestGraph.Cli.Commands;
using DigestGraph.Neo4j;
using DigestGraph.Tests;

namespace DigestGraph.IntegrationTests.Cli;

[Collection(Neo4jCollection.Name)]
public sealed class ClustersCommandTests(Neo4jServerFixture neo4j) : IAsyncLifetime, IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("digestgraph-clusters-").FullName;

    public Task InitializeAsync() => neo4j.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private string[] Clusters(params string[] more) =>
    [
        "clusters", .. more, "--out", _out,
        "--neo4j", neo4j.Server.HttpUri.ToString(), "--neo4j-user", neo4j.Server.User, "--neo4j-password", neo4j.Server.Password,
    ];

    private int ClustersInJson()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "clusters.json")));
        return json.RootElement.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.Array && p.Name.Contains("luster", StringComparison.Ordinal))
            .Sum(p => p.Value.GetArrayLength());
    }

    [Fact]
    public async Task Clusters_with_neo4j_and_no_paths_analyses_the_stored_union_and_writes_files_and_database()
    {
        using (var store = new Neo4jGraphStore(neo4j.Settings()))
        {
            await store.WriteAsync(SampleGraphs.Build(SampleGraphs.DigestA()));
            await store.WriteAsync(SampleGraphs.Build(SampleGraphs.DigestB()));
        }

        var outcome = await CliRunner.RunAsync(Clusters());

        Assert.True(outcome.ExitCode == 0, outcome.Stderr);
        Assert.True(File.Exists(Path.Combine(_out, "clusters.md")));
        Assert.Contains("Paper clusters:", outcome.Stdout);
        using var client = neo4j.NewClient();
        var papers = await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)");
        Assert.Equal(SampleGraphs.DigestA().Count + SampleGraphs.DigestB().Count, papers);
        Assert.Equal(papers, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper)-[:IN_CLUSTER]->(:Cluster) WHERE p.community IS NOT NULL RETURN count(p)"));
        Assert.Equal(ClustersInJson(), await GraphSnapshot.CountAsync(client, "MATCH (c:Cluster) RETURN count(c)"));
        Assert.Contains($"{papers} papers", outcome.Stdout);
    }

    [Fact]
    public async Task Clusters_with_neo4j_and_paths_ingests_them_first_and_a_rerun_changes_nothing()
    {
        var first = await CliRunner.RunAsync(Clusters(RepoPaths.Seeds));
        Assert.True(first.ExitCode == 0, first.Stderr);
        using var client = neo4j.NewClient();
        Assert.Equal(78, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) WHERE p.pagerank IS NOT NULL RETURN count(p)"));
        var before = await GraphSnapshot.ReadAsync(client);

        var second = await CliRunner.RunAsync(Clusters());

        Assert.True(second.ExitCode == 0, second.Stderr);
        GraphSnapshot.AssertSame(before, await GraphSnapshot.ReadAsync(client));
    }

    [Fact]
    public async Task Clusters_of_an_empty_database_fail_and_write_nothing()
    {
        var outcome = await CliRunner.RunAsync(Clusters());

        Assert.Equal(CorpusCommand.ExitFailure, outcome.ExitCode);
        Assert.Contains("holds no papers", outcome.Stderr);
        Assert.False(File.Exists(Path.Combine(_out, "clusters.json")));
    }

    [Fact]
    public async Task Clusters_with_a_wrong_password_exit_with_the_neo4j_code_without_printing_it()
    {
        const string wrong = "Wrong-Password-For-Clusters-3";

        var outcome = await CliRunner.RunAsync(
            "clusters", "--out", _out, "--neo4j", neo4j.Server.HttpUri.ToString(), "--neo4j-user", neo4j.Server.User, "--neo4j-password", wrong);

        Assert.Equal(Neo4jOptions.ExitNeo4jError, outcome.ExitCode);
        Assert.Contains("credentials", outcome.Stderr);
        Assert.DoesNotContain(wrong, outcome.Stderr + outcome.Stdout);
    }

    [Fact]
    public async Task Clusters_without_paths_or_neo4j_say_what_is_missing()
    {
        var outcome = await CliRunner.RunAsync("clusters", "--out", _out);

        Assert.Equal(CorpusCommand.ExitFailure, outcome.ExitCode);
        Assert.Contains("--neo4j", outcome.Stderr);
    }
}
