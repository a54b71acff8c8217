using DigestGraph.Neo4jTestServer;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests.Neo4j;

[Collection(Neo4jCollection.Name)]
public sealed class Neo4jHttpClientTests(Neo4jServerFixture neo4j)
{
    [Fact]
    public async Task Discovers_the_3x_commit_endpoint_and_version_from_the_server_root()
    {
        using var client = neo4j.NewClient();

        var server = await client.GetServerInfoAsync();

        Assert.Equal(new Version(3, 1, 1), server.Version);
        Assert.Equal($"{neo4j.Server.HttpUri.GetLeftPart(UriPartial.Authority)}/db/data/transaction/commit", server.CommitUri.ToString());
    }

    [Fact]
    public async Task Wrong_password_gives_an_authentication_error_that_does_not_contain_the_password()
    {
        const string wrong = "Wr0ng-Passw0rd-Do-Not-Print";
        using var client = new Neo4jHttpClient(neo4j.Settings() with { Password = wrong });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new CypherStatement("RETURN 1")));

        Assert.Equal(Neo4jErrorKind.Authentication, error.Kind);
        Assert.Contains("rejected the credentials of user 'neo4j'", error.Message);
        Assert.DoesNotContain(wrong, error.ToString());
    }

    [Fact]
    public async Task A_server_that_is_not_running_gives_an_unreachable_error_after_retrying()
    {
        var port = FreePort.Next();
        var settings = neo4j.Settings() with { Uri = new Uri($"http://127.0.0.1:{port}"), MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(50) };
        using var client = new Neo4jHttpClient(settings);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new CypherStatement("RETURN 1")));

        Assert.Equal(Neo4jErrorKind.Unreachable, error.Kind);
        Assert.Contains($"unreachable at http://127.0.0.1:{port}", error.Message);
        Assert.DoesNotContain(settings.Password, error.ToString());
    }

    [Fact]
    public async Task Syntax_errors_and_constraint_violations_are_reported_as_such()
    {
        await neo4j.ResetAsync();
        using var client = neo4j.NewClient();
        await Neo4jSchema.EnsureAsync(client);

        var syntax = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new CypherStatement("MATCH (n RETURN n")));
        Assert.Equal(Neo4jErrorKind.Statement, syntax.Kind);
        Assert.Equal("Neo.ClientError.Statement.SyntaxError", syntax.Code);

        var twice = new CypherStatement("CREATE (:Paper {id: $id}) CREATE (:Paper {id: $id})", new Dictionary<string, object?> { ["id"] = "2401.00001" });
        var constraint = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(twice));
        Assert.Equal(Neo4jErrorKind.ConstraintViolation, constraint.Kind);
        Assert.Contains("constraint violated", constraint.Message);
        Assert.Equal(0, await GraphSnapshot.CountAsync(client, "MATCH (p:Paper) RETURN count(p)"));
    }

    [Fact]
    public async Task Statements_of_one_call_commit_together_or_not_at_all()
    {
        await neo4j.ResetAsync();
        using var client = neo4j.NewClient();

        await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(
            [new CypherStatement("CREATE (:Topic {name: 'kept?'})"), new CypherStatement("RETURN 1/0")]));

        Assert.Equal(0, await GraphSnapshot.CountAsync(client, "MATCH (t:Topic) RETURN count(t)"));
    }

    [Fact]
    public async Task A_database_name_other_than_the_default_is_refused_by_a_3x_server()
    {
        using var client = new Neo4jHttpClient(neo4j.Settings() with { Database = "research" });

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.GetServerInfoAsync());

        Assert.Equal(Neo4jErrorKind.DatabaseUnavailable, error.Kind);
        Assert.Contains("'research'", error.Message);
    }

    [Fact]
    public async Task Schema_can_be_ensured_repeatedly_and_creates_the_constraints()
    {
        using var client = neo4j.NewClient();

        await Neo4jSchema.EnsureAsync(client);
        await Neo4jSchema.EnsureAsync(client);

        var constraints = (await client.RunAsync(new CypherStatement("CALL db.constraints()"))).Rows.Select(r => r[0].GetString()).ToArray();
        Assert.Contains(constraints, c => c!.Contains(":Paper") && c.Contains(".id IS UNIQUE"));
        Assert.Contains(constraints, c => c!.Contains(":Entity") && c.Contains(".key IS UNIQUE"));
        Assert.Contains(constraints, c => c!.Contains(":Topic") && c.Contains(".name IS UNIQUE"));
    }
}
