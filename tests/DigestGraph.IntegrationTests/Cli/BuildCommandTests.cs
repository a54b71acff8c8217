using DigestGraph.Cli.Commands;
using DigestGraph.Tests;

namespace DigestGraph.IntegrationTests.Cli;

[Collection(Neo4jCollection.Name)]
public sealed class BuildCommandTests(Neo4jServerFixture neo4j) : IAsyncLifetime, IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("digestgraph-build-").FullName;

    public Task InitializeAsync() => neo4j.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private string[] Build(string? password = null) =>
    [
        "build", RepoPaths.Seeds, "--out", _out,
        "--neo4j", neo4j.Server.HttpUri.ToString(), "--neo4j-user", neo4j.Server.User, "--neo4j-password", password ?? neo4j.Server.Password,
    ];

    [Fact]
    public async Task Build_with_neo4j_writes_the_seeds_graph_and_a_second_build_changes_nothing()
    {
        var first = await CliRunner.RunAsync(Build());
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("Neo4j: 78 papers written, 0 unchanged", first.Stdout);
        using var client = neo4j.NewClient();
        Assert.Equal(78, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)"));
        var entities = await GraphSnapshot.CountAsync(client, "MATCH (e:Entity) RETURN count(e)");
        Assert.Contains($"Entities: {entities}", first.Stdout);
        Assert.Equal(78, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper)-[:IN_CLUSTER]->(:Cluster) WHERE p.pagerank IS NOT NULL RETURN count(p)"));
        Assert.Equal(entities, await GraphSnapshot.CountAsync(client, "MATCH (e:Entity)-[:IN_CLUSTER]->(:Cluster) WHERE e.community IS NOT NULL RETURN count(e)"));
        var before = await GraphSnapshot.ReadAsync(client);

        var second = await CliRunner.RunAsync(Build());

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("Neo4j: 0 papers written, 78 unchanged", second.Stdout);
        GraphSnapshot.AssertSame(before, await GraphSnapshot.ReadAsync(client));
    }

    [Fact]
    public async Task Wrong_password_writes_no_file_exits_with_the_neo4j_code_and_never_prints_the_password()
    {
        const string wrong = "Wrong-Password-For-Build-7";

        var outcome = await CliRunner.RunAsync(Build(wrong));

        Assert.Equal(Neo4jOptions.ExitNeo4jError, outcome.ExitCode);
        Assert.Contains("credentials", outcome.Stderr);
        Assert.DoesNotContain(wrong, outcome.Stderr + outcome.Stdout);
        Assert.False(File.Exists(Path.Combine(_out, "graph.json"))); // files are switched in only after Neo4j took the graph
        Assert.Contains("were left as they were", outcome.Stderr);
        using var client = neo4j.NewClient();
        Assert.Equal(0, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)"));
    }
}
