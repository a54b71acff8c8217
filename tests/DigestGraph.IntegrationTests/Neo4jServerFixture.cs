using DigestGraph.Neo4jTestServer;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests;

/// <summary>One private Neo4j for the whole collection; a test that needs an empty database calls <see cref="ResetAsync"/>.</summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private LocalNeo4jServer? _server;

    public LocalNeo4jServer Server => _server ?? throw new InvalidOperationException("the Neo4j test server did not start");

    public Neo4jSettings Settings(int batchSize = 5_000) => new()
    {
        Uri = Server.HttpUri,
        User = Server.User,
        Password = Server.Password,
        BatchSize = batchSize,
        MaxRetries = 6,
        RetryBaseDelay = TimeSpan.FromMilliseconds(200),
    };

    public Neo4jHttpClient NewClient(int batchSize = 5_000) => new(Settings(batchSize));

    /// <summary>Deletes every node and relationship; the schema stays.</summary>
    public async Task ResetAsync()
    {
        using var client = NewClient();
        await client.RunAsync(new CypherStatement("MATCH (n) DETACH DELETE n"));
    }

    public async Task InitializeAsync() => _server = await LocalNeo4jServer.StartAsync();

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }
}
