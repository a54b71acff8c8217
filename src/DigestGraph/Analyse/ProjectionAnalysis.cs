using QuikGraph;

namespace DigestGraph.Analyse;

/// <summary>
/// Communities and centralities of one projection; clusters are numbered by decreasing size with the given id prefix.
/// The projection stays as the QuikGraph graph it was built as (<see cref="Projection"/>, where components come
/// from) and is compiled once into arrays (<see cref="Graph"/>) for Leiden, PageRank, betweenness and k-cores.
/// </summary>
internal sealed class ProjectionAnalysis
{
    private ProjectionAnalysis(UndirectedGraph<string, TaggedUndirectedEdge<string, double>> projection, AnalysisGraph graph,
        CommunityResult communities, double[] pageRank, double[] betweenness, int[] coreNumbers, Partition components, bool sampled, string prefix)
    {
        Projection = projection;
        Graph = graph;
        Communities = communities;
        PageRank = pageRank;
        Betweenness = betweenness;
        CoreNumbers = coreNumbers;
        Components = components;
        BetweennessSampled = sampled;
        var groups = communities.Partition.Groups();
        // Largest first; equal sizes keep the order of their first node, so ids are stable for a fixed seed.
        Clusters = groups.Select((members, community) => (members, community))
            .OrderByDescending(g => g.members.Length).ThenBy(g => g.members[0])
            .Select(g => g.members)
            .ToArray();
        ClusterIdOf = new string[graph.NodeCount];
        for (var c = 0; c < Clusters.Count; c++)
            foreach (var v in Clusters[c]) ClusterIdOf[v] = $"{prefix}{c + 1}";
    }

    /// <summary>Algorithms run per projection, each reported as one step of the analyse stage.</summary>
    public const int Steps = 5;

    public UndirectedGraph<string, TaggedUndirectedEdge<string, double>> Projection { get; }
    public AnalysisGraph Graph { get; }
    public CommunityResult Communities { get; }
    public double[] PageRank { get; }
    public double[] Betweenness { get; }
    public int[] CoreNumbers { get; }
    public Partition Components { get; }
    public bool BetweennessSampled { get; }
    /// <summary>Node indices of each cluster, largest cluster first.</summary>
    public IReadOnlyList<int[]> Clusters { get; }
    public string[] ClusterIdOf { get; }

    /// <summary>Runs the algorithms on <paramref name="projection"/>, node v being <paramref name="nodeOrder"/>[v]; <paramref name="step"/> is called after each.</summary>
    public static ProjectionAnalysis Run(UndirectedGraph<string, TaggedUndirectedEdge<string, double>> projection, IReadOnlyList<string> nodeOrder,
        ClusterOptions options, string prefix, Action step)
    {
        var graph = AnalysisGraph.Compile(projection, nodeOrder);
        var components = ConnectedComponents.Compute(projection, nodeOrder);
        step();
        var communities = Leiden.Detect(graph, new CommunityOptions { Resolution = options.Resolution, Seed = options.Seed });
        step();
        var pageRank = Analyse.PageRank.Compute(graph, options.PageRank).Scores;
        step();
        var sources = BetweennessSources(graph, options);
        var sampled = sources < graph.NodeCount;
        var betweenness = Analyse.Betweenness.Compute(graph, new BetweennessOptions { SampleSize = sampled ? sources : null, Seed = options.Seed });
        step();
        var cores = Analyse.CoreNumbers.Compute(graph);
        step();
        return new ProjectionAnalysis(projection, graph, communities, pageRank, betweenness, cores, components, sampled, prefix);
    }

    /// <summary>
    /// Exact up to <see cref="ClusterOptions.ExactBetweennessLimit"/> nodes; above, a sample of sources, as many as
    /// <see cref="ClusterOptions.BetweennessSampleSize"/> allows within <see cref="ClusterOptions.BetweennessWork"/>
    /// edge visits (each source walks the whole graph once), and never fewer than <see cref="ClusterOptions.MinBetweennessSources"/>.
    /// </summary>
    private static int BetweennessSources(AnalysisGraph graph, ClusterOptions options)
    {
        if (graph.NodeCount <= options.ExactBetweennessLimit) return graph.NodeCount;
        var affordable = options.BetweennessWork / Math.Max(1, graph.Targets.Length + graph.NodeCount);
        return (int)Math.Clamp(affordable, Math.Min(options.MinBetweennessSources, graph.NodeCount), Math.Min(options.BetweennessSampleSize, graph.NodeCount));
    }

    public ProjectionSummary Summary() => new(
        Graph.NodeCount,
        Graph.EdgeCount,
        Components.Count,
        Communities.Partition.Count,
        Communities.Modularity,
        Communities.Levels.Select(l => new CommunityLevelSummary(l.Partition.Count, l.Modularity)).ToArray(),
        BetweennessSampled);

    public IReadOnlyList<NodeMetrics> Metrics() =>
        Enumerable.Range(0, Graph.NodeCount)
            .Select(v => new NodeMetrics(Graph.NodeIds[v], PageRank[v], Betweenness[v], Graph.OutDegree(v), CoreNumbers[v], ClusterIdOf[v]))
            .ToArray();
}
