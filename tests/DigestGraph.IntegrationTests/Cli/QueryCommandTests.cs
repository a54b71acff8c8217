using DigestGraph.Cli.Commands;
using DigestGraph.Neo4jTestServer;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests.Cli;

[Collection(Neo4jCollection.Name)]
public sealed class QueryCommandTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    private static readonly string Leaderboard = Path.Combine(AppContext.BaseDirectory, "cypher", "queries", "02-benchmark-leaderboard.cypher");

    public async Task InitializeAsync()
    {
        await neo4j.ResetAsync();
        using var store = new Neo4jGraphStore(neo4j.Settings());
        await store.WriteAsync(SampleGraphs.Build(SampleGraphs.DigestA()));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string[] Connection(string? password = null) =>
        ["--neo4j", neo4j.Server.HttpUri.ToString(), "--neo4j-user", neo4j.Server.User, "--neo4j-password", password ?? neo4j.Server.Password];

    [Fact]
    public async Task Prints_the_rows_of_a_saved_query_as_a_table()
    {
        var outcome = await CliRunner.RunAsync(["query", Leaderboard, "--param", "benchmark=ImageNet", .. Connection()]);

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n');
        Assert.Contains(lines, l => l.Contains("model") && l.Contains("metric") && l.Contains("paper"));
        var vision = Array.FindIndex(lines, l => l.Contains("VisionMamba") && l.Contains("84.2"));
        var vit = Array.FindIndex(lines, l => l.Contains("ViT") && l.Contains("81.0"));
        Assert.True(vision >= 0 && vit > vision, outcome.Stdout);
        Assert.Contains("2 row(s)", outcome.Stderr);
    }

    [Fact]
    public async Task Json_format_prints_one_object_per_row()
    {
        var outcome = await CliRunner.RunAsync(["query", Leaderboard, "--param", "benchmark=GLUE", "--format", "json", .. Connection()]);

        Assert.Equal(0, outcome.ExitCode);
        var rows = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("""{"model":"FastBERT","metric":"accuracy","value":"89.5","paper":"2403.01234",""", rows[0]);
    }

    [Fact]
    public async Task Wrong_password_exits_with_the_neo4j_error_code_and_never_prints_the_password()
    {
        const string wrong = "Not-The-Password-42";

        var outcome = await CliRunner.RunAsync(["query", Leaderboard, .. Connection(wrong)]);

        Assert.Equal(Neo4jOptions.ExitNeo4jError, outcome.ExitCode);
        Assert.Contains("rejected the credentials of user 'neo4j'", outcome.Stderr);
        Assert.DoesNotContain(wrong, outcome.Stderr + outcome.Stdout);
    }

    [Fact]
    public async Task Server_down_exits_with_the_neo4j_error_code()
    {
        var outcome = await CliRunner.RunAsync(["query", Leaderboard, "--neo4j", $"http://127.0.0.1:{FreePort.Next()}", "--neo4j-password", "pw-secret-1"]);

        Assert.Equal(Neo4jOptions.ExitNeo4jError, outcome.ExitCode);
        Assert.Contains("unreachable", outcome.Stderr);
        Assert.DoesNotContain("pw-secret-1", outcome.Stderr);
    }

    [Fact]
    public async Task A_syntax_error_in_the_file_is_reported_with_exit_code_3()
    {
        var file = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, "// broken\nMATCH (n RETURN n");
        try
        {
            var outcome = await CliRunner.RunAsync(["query", file, .. Connection()]);

            Assert.Equal(Neo4jOptions.ExitNeo4jError, outcome.ExitCode);
            Assert.Contains("rejected the Cypher statement (SyntaxError)", outcome.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_missing_file_or_a_malformed_parameter_is_bad_input()
    {
        var missing = await CliRunner.RunAsync(["query", "/no/such/query.cypher", .. Connection()]);
        var malformed = await CliRunner.RunAsync(["query", Leaderboard, "--param", "no-equals-sign", .. Connection()]);

        Assert.Equal(QueryCommand.ExitBadInput, missing.ExitCode);
        Assert.Contains("/no/such/query.cypher", missing.Stderr);
        Assert.Equal(QueryCommand.ExitBadInput, malformed.ExitCode);
        Assert.Contains("name=value", malformed.Stderr);
    }
}
