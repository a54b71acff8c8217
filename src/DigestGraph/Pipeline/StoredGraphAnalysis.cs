using DigestGraph.Analyse;
using DigestGraph.Neo4j;
using DigestGraph.Progress;

namespace DigestGraph.Pipeline;

/// <summary>
/// The analysis of the graph stored in Neo4j (the union of every ingest): read back by the Neo4j reader, analysed as a
/// graph from memory is, and written into Neo4j in place of the previous analysis.
/// </summary>
internal static class StoredGraphAnalysis
{
    /// <summary>Null when Neo4j holds no paper: nothing to analyse, nothing written.</summary>
    /// <exception cref="Neo4jException">When Neo4j refuses the read or the write.</exception>
    public static async Task<ClusterAnalysisResult?> RunAsync(Neo4jGraphStore store, ClusterOptions? options,
        IProgress<StageProgress>? progress = null, CancellationToken ct = default)
    {
        progress?.Report(new StageProgress("neo4j analysis", 0, null));
        var graph = await store.ReadAsync(ct).ConfigureAwait(false);
        if (graph.Papers.Count == 0) return null;
        var result = ClusterAnalysis.Run(graph, options);
        await store.WriteAnalysisAsync(result, ct).ConfigureAwait(false);
        progress?.Report(StageProgress.Finished("neo4j analysis", result.Papers.Count + result.Entities.Count));
        return result;
    }
}
