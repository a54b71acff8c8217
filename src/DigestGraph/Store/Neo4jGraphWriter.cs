using System.Diagnostics;
using System.Text.Json;
using DigestGraph.Graph;

namespace DigestGraph.Store;

/// <summary>
/// Writes a <see cref="KnowledgeGraph"/> into Neo4j, one transaction per batch of whole papers. Idempotent: a paper
/// whose contribution is unchanged (same fingerprint) is skipped; a changed one has its previous contribution
/// replaced in the same transaction that writes the new one. A failure leaves only whole batches; running again
/// completes the graph.
/// </summary>
public sealed class Neo4jGraphWriter(Neo4jHttpClient client)
{
    public async Task<WriteSummary> WriteAsync(KnowledgeGraph graph, IProgress<WriteProgress>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var contributions = PaperContributions.Split(graph);
        int written = 0, unchanged = 0, batches = 0, done = 0;
        long elements = 0;
        var changes = StatementStats.Zero;
        var writtenEntities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in ContributionBatcher.Batch(contributions, client.Settings.BatchSize))
        {
            var stale = await ChangedAsync(batch, ct).ConfigureAwait(false);
            if (stale.Count > 0)
            {
                var results = await client.RunAsync(ContributionStatements.For(stale, writtenEntities), ct).ConfigureAwait(false);
                writtenEntities.UnionWith(stale.SelectMany(c => c.Entities).Select(e => e.Key));
                changes = results.Aggregate(changes, (sum, r) => sum + r.Stats);
                elements += stale.Sum(c => c.ElementCount);
                written += stale.Count;
                batches++;
            }
            unchanged += batch.Count - stale.Count;
            done += batch.Count;
            progress?.Report(new WriteProgress(done, contributions.Count, batches));
        }
        return new WriteSummary(contributions.Count, written, unchanged, batches, elements, changes, clock.Elapsed);
    }

    /// <summary>
    /// Runs an <c>UNWIND $rows AS row ...</c> statement over any rows in transactions of at most BatchSize rows:
    /// the way to add what later stages compute (clusters, centrality properties) without touching the paper writes.
    /// </summary>
    public async Task<StatementStats> WriteRowsAsync(string unwindStatement, IReadOnlyList<object> rows, CancellationToken ct = default)
    {
        var stats = StatementStats.Zero;
        foreach (var chunk in rows.Chunk(client.Settings.BatchSize))
            stats += (await client.RunAsync(CypherStatement.WithRows(unwindStatement, chunk), ct).ConfigureAwait(false)).Stats;
        return stats;
    }

    /// <summary>The papers of the batch that are new or whose stored fingerprint differs.</summary>
    private async Task<IReadOnlyList<PaperContribution>> ChangedAsync(IReadOnlyList<PaperContribution> batch, CancellationToken ct)
    {
        var result = await client.RunAsync(new CypherStatement(ContributionStatements.ReadFingerprints,
            new Dictionary<string, object?> { ["ids"] = batch.Select(c => c.Paper.Id).ToArray() }), ct).ConfigureAwait(false);
        var stored = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
            stored[row[0].GetString()!] = row[1].ValueKind == JsonValueKind.String ? row[1].GetString() : null;
        return batch.Where(c => !stored.TryGetValue(c.Paper.Id, out var f) || f != c.Fingerprint).ToArray();
    }
}
