namespace DigestGraph.Analyse;

/// <summary>Communities and centralities of one projection; clusters are numbered by decreasing size with the given id prefix.</summary>
internal sealed class ProjectionAnalysis
{
    private ProjectionAnalysis(AnalysisGraph graph, CommunityResult communities, double[] pageRank, double[] betweenness,
        int[] coreNumbers, Partition components, bool sampled, string prefix)
    {
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

    public static ProjectionAnalysis Run(AnalysisGraph graph, ClusterOptions options, string prefix)
    {
        var communities = Leiden.Detect(graph, new CommunityOptions { Resolution = options.Resolution, Seed = options.Seed });
        var pageRank = Analyse.PageRank.Compute(graph, options.PageRank).Scores;
        var sampled = graph.NodeCount > options.ExactBetweennessLimit;
        var betweenness = Analyse.Betweenness.Compute(graph, new BetweennessOptions
        {
            SampleSize = sampled ? options.BetweennessSampleSize : null,
            Seed = options.Seed,
        });
        return new ProjectionAnalysis(graph, communities, pageRank, betweenness, Analyse.CoreNumbers.Compute(graph),
            ConnectedComponents.Compute(graph), sampled, prefix);
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
