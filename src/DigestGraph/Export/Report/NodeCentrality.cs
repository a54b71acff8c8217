namespace DigestGraph.Export.Report;

/// <summary>A node's centrality and the community (cluster id) analysis put it in.</summary>
internal sealed record NodeCentrality(double PageRank, double Betweenness, string Community);
