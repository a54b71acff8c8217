namespace DigestGraph.Export.Report;

/// <summary>
/// What graph analysis adds to the report: topic clusters, and each entity's and paper's centrality (keyed by entity
/// key and paper id). The report works without it: topics and degree stand in.
/// </summary>
public sealed record ReportAnalysis(
    IReadOnlyList<ReportCluster> Clusters,
    IReadOnlyDictionary<string, NodeCentrality> EntityCentrality,
    IReadOnlyDictionary<string, NodeCentrality> PaperCentrality)
{
    public static ReportAnalysis Empty { get; } = new([], new Dictionary<string, NodeCentrality>(), new Dictionary<string, NodeCentrality>());
}
