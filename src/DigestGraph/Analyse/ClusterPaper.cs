namespace DigestGraph.Analyse;

/// <summary>A representative paper of a cluster.</summary>
public sealed record ClusterPaper(string Id, string Title, double PageRank);
