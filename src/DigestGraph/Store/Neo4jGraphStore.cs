using DigestGraph.Graph;

namespace DigestGraph.Store;

/// <summary>The single call for <c>build --neo4j</c>: connect, make sure the schema exists, write the graph.</summary>
public sealed class Neo4jGraphStore(Neo4jSettings settings) : IDisposable
{
    private readonly Neo4jHttpClient _client = new(settings);
    private bool _schemaReady;

    public Neo4jHttpClient Client => _client;

    public async Task<WriteSummary> WriteAsync(KnowledgeGraph graph, IProgress<WriteProgress>? progress = null, CancellationToken ct = default)
    {
        if (!_schemaReady)
        {
            await Neo4jSchema.EnsureAsync(_client, ct).ConfigureAwait(false);
            _schemaReady = true;
        }
        return await new Neo4jGraphWriter(_client).WriteAsync(graph, progress, ct).ConfigureAwait(false);
    }

    public void Dispose() => _client.Dispose();
}
