using System.Diagnostics;
using System.Text.Json;
using DigestGraph.Graph;

namespace DigestGraph.Neo4j;

/// <summary>
/// Writes a <see cref="KnowledgeGraph"/> into Neo4j, one transaction per batch of whole papers, with up to
/// <see cref="Neo4jSettings.Writers"/> batches in flight. Idempotent: a paper whose contribution is unchanged (same
/// fingerprint) is skipped; a changed one has its previous contribution replaced in the same transaction that writes
/// the new one. A failure leaves only whole batches (with several writers, not necessarily the first ones); running
/// again completes the graph.
/// </summary>
internal sealed class Neo4jGraphWriter(Neo4jHttpClient client)
{
    public async Task<WriteSummary> WriteAsync(KnowledgeGraph graph, IProgress<WriteProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var contributions = PaperContributions.Split(graph);
        int written = 0, unchanged = 0, batches = 0, done = 0;
        long elements = 0;
        var changes = StatementStats.Zero;
        var gate = new object();
        var options = new ParallelOptions { MaxDegreeOfParallelism = client.Settings.Writers, CancellationToken = ct };
        await Parallel.ForEachAsync(ContributionBatcher.Batch(contributions, client.Settings.BatchSize), options, async (batch, token) =>
        {
            var stored = await StoredFingerprintsAsync(batch, token).ConfigureAwait(false);
            var stale = batch.Where(c => !stored.TryGetValue(c.Paper.Id, out var f) || f != c.Fingerprint).ToArray();
            var results = stale.Length > 0
                ? await client.RunAsync(ContributionStatements.For(stale, stored.Keys.ToHashSet(StringComparer.Ordinal)), token).ConfigureAwait(false)
                : [];
            lock (gate)
            {
                changes = results.Aggregate(changes, (sum, r) => sum + r.Stats);
                elements += stale.Sum(c => c.ElementCount);
                written += stale.Length;
                batches += stale.Length > 0 ? 1 : 0;
                unchanged += batch.Count - stale.Length;
                done += batch.Count;
                progress?.Report(new WriteProgress(done, contributions.Count, batches));
            }
        }).ConfigureAwait(false);
        return new WriteSummary(contributions.Count, written, unchanged, batches, elements, changes, clock.Elapsed);
    }

    /// <summary>
    /// Runs an <c>UNWIND $rows AS row ...</c> statement over any rows in transactions of at most BatchSize rows:
    /// the way to add what later stages compute (clusters, centrality properties) without touching the paper writes.
    /// <paramref name="progress"/> hears the number of rows of each batch once it is written.
    /// </summary>
    public async Task<StatementStats> WriteRowsAsync(string unwindStatement, IReadOnlyList<object> rows, CancellationToken ct = default, IProgress<int>? progress = null)
    {
        var stats = StatementStats.Zero;
        foreach (var chunk in rows.Chunk(client.Settings.BatchSize))
        {
            stats += (await client.RunAsync(CypherStatement.WithRows(unwindStatement, chunk), ct).ConfigureAwait(false)).Stats;
            progress?.Report(chunk.Length);
        }
        return stats;
    }

    /// <summary>The fingerprint of each paper of the batch the database holds (null when it has none).</summary>
    private async Task<Dictionary<string, string?>> StoredFingerprintsAsync(IReadOnlyList<PaperContribution> batch, CancellationToken ct)
    {
        var result = await client.RunAsync(new CypherStatement(ContributionStatements.ReadFingerprints,
            new Dictionary<string, object?> { ["ids"] = batch.Select(c => c.Paper.Id).ToArray() }), ct).ConfigureAwait(false);
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
            stored[row[0].GetString()!] = row[1].ValueKind == JsonValueKind.String ? row[1].GetString() : null;
        return stored;
    }
}
