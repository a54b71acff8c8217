using DigestGraph.Analyse;
using DigestGraph.Graph;

namespace DigestGraph.Export.Report;

/// <summary>
/// What graph analysis adds to the report: topic clusters, and each entity's and paper's centrality (keyed by entity
/// key and paper id). The report works without it: topics and degree stand in.
/// </summary>
internal sealed record ReportAnalysis(
    IReadOnlyList<ReportCluster> Clusters,
    IReadOnlyDictionary<string, NodeCentrality> EntityCentrality,
    IReadOnlyDictionary<string, NodeCentrality> PaperCentrality)
{
    public static ReportAnalysis Empty { get; } = new([], new Dictionary<string, NodeCentrality>(), new Dictionary<string, NodeCentrality>());

    /// <summary>The report's view of a <see cref="ClusterAnalysis"/> run on <paramref name="graph"/>.</summary>
    public static ReportAnalysis From(ClusterAnalysisResult result, KnowledgeGraph graph)
    {
        // Clusters name their key entities; the page refers to entities by key.
        var keyByName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in graph.Entities) keyByName.TryAdd(e.Name, e.Key);
        IReadOnlyList<string> Keys(IEnumerable<string> names) =>
            names.Select(n => keyByName.GetValueOrDefault(n)).OfType<string>().ToArray();

        var clusters = result.PaperClusters.Concat(result.EntityClusters)
            .Select(c => new ReportCluster(
                c.Id, c.Kind == ClusterKind.Papers, c.Label, c.Size, c.Members,
                c.RepresentativePapers.Select(p => p.Id).ToArray(), Keys(c.KeyModels), Keys(c.KeyBenchmarks), Keys(c.KeyMethods)))
            .ToArray();
        return new ReportAnalysis(clusters, Centrality(result.Entities), Centrality(result.Papers));
    }

    private static Dictionary<string, NodeCentrality> Centrality(IReadOnlyList<NodeMetrics> metrics) =>
        metrics.ToDictionary(m => m.Id, m => new NodeCentrality(m.PageRank, m.Betweenness, m.ClusterId), StringComparer.Ordinal);
}
