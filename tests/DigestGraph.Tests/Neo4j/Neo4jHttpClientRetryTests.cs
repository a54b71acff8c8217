using System.Net;
using System.Text;
using DigestGraph.Neo4j;

namespace DigestGraph.Tests.Neo4j;

/// <summary>The client's retry policy, with scripted HTTP answers (the live-server behaviour is in the integration tests).</summary>
public sealed class Neo4jHttpClientRetryTests
{
    private const string Root = """{ "transaction": "http://localhost:7474/db/{databaseName}/tx", "neo4j_version": "5.26.0" }""";
    private const string Ok = """{ "results": [ { "columns": ["x"], "data": [ { "row": [1] } ] } ], "errors": [] }""";

    private sealed class ScriptedHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            Requests.Add($"{request.Method} {request.RequestUri!.AbsolutePath}");
            return Task.FromResult(answers[Math.Min(Requests.Count - 1, answers.Length - 1)](request));
        }
    }

    private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Error(string code) =>
        Json($$"""{ "results": [], "errors": [ { "code": "{{code}}", "message": "try again" } ] }""");

    private static Neo4jSettings Settings(int retries) => new()
    {
        Uri = new Uri("http://localhost:7474"), Password = "pw-never-shown", MaxRetries = retries, RetryBaseDelay = TimeSpan.FromMilliseconds(1),
    };

    [Fact]
    public async Task Transient_errors_and_unavailable_answers_are_retried_until_the_commit_succeeds()
    {
        var handler = new ScriptedHandler(
            _ => Json(Root),
            _ => Error("Neo.TransientError.Transaction.DeadlockDetected"),
            _ => Json("", HttpStatusCode.ServiceUnavailable),
            _ => Json(Ok));
        using var client = new Neo4jHttpClient(Settings(retries: 3), handler);

        var result = await client.RunAsync(new CypherStatement("RETURN 1 AS x"));

        Assert.Equal(1, result.Rows.Single()[0].GetInt32());
        Assert.Equal(["GET /", "POST /db/neo4j/tx/commit", "POST /db/neo4j/tx/commit", "POST /db/neo4j/tx/commit"], handler.Requests);
    }

    [Fact]
    public async Task Retries_stop_at_the_limit_with_the_last_error()
    {
        var handler = new ScriptedHandler(_ => Json(Root), _ => Error("Neo.TransientError.General.TransactionMemoryLimit"));
        using var client = new Neo4jHttpClient(Settings(retries: 2), handler);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new CypherStatement("RETURN 1")));

        Assert.Equal(Neo4jErrorKind.Transient, error.Kind);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Fact]
    public async Task Client_errors_are_not_retried()
    {
        var handler = new ScriptedHandler(_ => Json(Root), _ => Error("Neo.ClientError.Statement.SyntaxError"));
        using var client = new Neo4jHttpClient(Settings(retries: 5), handler);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new CypherStatement("RETUR 1")));

        Assert.Equal(Neo4jErrorKind.Statement, error.Kind);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_missing_database_on_5x_is_reported_as_unavailable()
    {
        var handler = new ScriptedHandler(_ => Json(Root),
            _ => Json("""{ "errors": [ { "code": "Neo.ClientError.Database.DatabaseNotFound", "message": "Database does not exist. Database name: 'papers'." } ] }""", HttpStatusCode.NotFound));
        using var client = new Neo4jHttpClient(Settings(retries: 0) with { Database = "papers" }, handler);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new CypherStatement("RETURN 1")));

        Assert.Equal(Neo4jErrorKind.DatabaseUnavailable, error.Kind);
        Assert.Contains("'papers'", error.Message);
        Assert.Equal("POST /db/papers/tx/commit", handler.Requests[1]);
    }
}
