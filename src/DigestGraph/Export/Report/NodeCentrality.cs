namespace DigestGraph.Export.Report;

/// <summary>A node's centrality and community as computed by graph analysis.</summary>
public sealed record NodeCentrality(double PageRank, double Betweenness, int Community);
