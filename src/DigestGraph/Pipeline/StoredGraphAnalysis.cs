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
        var graph = await store.ReadAsync(ct).ConfigureAwait(false);
        if (graph.Papers.Count == 0) return null;
        var result = ClusterAnalysis.Run(graph, options, progress);
        await store.WriteAnalysisAsync(result, ct, progress).ConfigureAwait(false);
        return result;
    }
}
