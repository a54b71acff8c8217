using DigestGraph.Analyse;
using DigestGraph.Graph;
using DigestGraph.Progress;

namespace DigestGraph.Neo4j;

/// <summary>
/// The single calls for commands with Neo4j: connect, make sure the schema exists, then write a graph, read the
/// stored union back, or write an analysis of it.
/// </summary>
internal sealed class Neo4jGraphStore(Neo4jSettings settings) : IDisposable
{
    private readonly Neo4jHttpClient _client = new(settings);
    private bool _schemaReady;

    public Neo4jHttpClient Client => _client;

    public async Task<WriteSummary> WriteAsync(KnowledgeGraph graph, IProgress<WriteProgress>? progress = null, CancellationToken ct = default)
    {
        await EnsureSchemaAsync(ct).ConfigureAwait(false);
        return await new Neo4jGraphWriter(_client).WriteAsync(graph, progress, ct).ConfigureAwait(false);
    }

    /// <summary>The graph stored in the database: every paper any ingest wrote, with what they share merged.</summary>
    public Task<KnowledgeGraph> ReadAsync(CancellationToken ct = default) => new Neo4jGraphReader(_client).ReadAsync(ct);

    /// <summary>
    /// Replaces the analysis stored in the database with <paramref name="result"/> (clusters, IN_CLUSTER, pagerank,
    /// betweenness, community); the analysis itself is the caller's, made on the graph <see cref="ReadAsync"/> returned.
    /// </summary>
    /// <remarks><paramref name="progress"/> hears the write-back ("neo4j analysis").</remarks>
    public async Task WriteAnalysisAsync(ClusterAnalysisResult result, CancellationToken ct = default, IProgress<StageProgress>? progress = null)
    {
        await EnsureSchemaAsync(ct).ConfigureAwait(false);
        await new Neo4jAnalysisWriter(_client).WriteAsync(result, ct, progress).ConfigureAwait(false);
    }

    private async Task EnsureSchemaAsync(CancellationToken ct)
    {
        if (_schemaReady) return;
        await Neo4jSchema.EnsureAsync(_client, ct).ConfigureAwait(false);
        _schemaReady = true;
    }

    public void Dispose() => _client.Dispose();
}
