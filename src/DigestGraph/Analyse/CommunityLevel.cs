namespace DigestGraph.Analyse;

/// <summary>One level of the community hierarchy over the original nodes, with its modularity.</summary>
internal sealed record CommunityLevel(Partition Partition, double Modularity);
