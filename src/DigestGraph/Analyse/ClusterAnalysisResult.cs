using QuikGraph;

namespace DigestGraph.Analyse;

/// <summary>
/// Everything one analysis run found: labelled paper and entity clusters, the summaries of both projections, the
/// per-node metrics (PageRank, betweenness, cluster) that stores write back onto paper and entity nodes, and the two
/// projections themselves as QuikGraph graphs (paper ids / entity keys, edges tagged with their weight), the very
/// graphs the clusters came from.
/// </summary>
public sealed record ClusterAnalysisResult(
    ClusterOptions Options,
    IReadOnlyList<TopicCluster> PaperClusters,
    IReadOnlyList<TopicCluster> EntityClusters,
    ProjectionSummary PaperGraph,
    ProjectionSummary EntityGraph,
    IReadOnlyList<NodeMetrics> Papers,
    IReadOnlyList<NodeMetrics> Entities,
    IUndirectedGraph<string, TaggedUndirectedEdge<string, double>> PaperProjection,
    IUndirectedGraph<string, TaggedUndirectedEdge<string, double>> EntityProjection);
