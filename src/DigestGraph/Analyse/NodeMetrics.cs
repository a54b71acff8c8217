namespace DigestGraph.Analyse;

/// <summary>
/// A node's centralities in its projection (paper similarity or entity co-occurrence) and its cluster: PageRank
/// (weighted), betweenness (normalised, by hops), degree (neighbours), core number and the id of its cluster.
/// </summary>
public sealed record NodeMetrics(string Id, double PageRank, double Betweenness, int Degree, int CoreNumber, string ClusterId);
