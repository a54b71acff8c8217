namespace DigestGraph.Analyse;

/// <summary>
/// Everything one analysis run found: labelled paper and entity clusters, the summaries of both projections, and the
/// per-node metrics (PageRank, betweenness, cluster) that stores write back onto paper and entity nodes.
/// </summary>
public sealed record ClusterAnalysisResult(
    ClusterOptions Options,
    IReadOnlyList<TopicCluster> PaperClusters,
    IReadOnlyList<TopicCluster> EntityClusters,
    ProjectionSummary PaperGraph,
    ProjectionSummary EntityGraph,
    IReadOnlyList<NodeMetrics> Papers,
    IReadOnlyList<NodeMetrics> Entities);
