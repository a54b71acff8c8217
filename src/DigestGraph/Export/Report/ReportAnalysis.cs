namespace DigestGraph.Export.Report;

/// <summary>
/// What graph analysis adds to the report: topic clusters and per-node centrality (keyed by entity key or paper id).
/// The report works without it (topics and degree stand in).
/// </summary>
public sealed record ReportAnalysis(IReadOnlyList<ReportCluster> Clusters, IReadOnlyDictionary<string, NodeCentrality> Centrality)
{
    public static ReportAnalysis Empty { get; } = new([], new Dictionary<string, NodeCentrality>());
}
