namespace DigestGraph.Analyse;

/// <summary>A level of the community hierarchy, finest first.</summary>
public sealed record CommunityLevelSummary(int Communities, double Modularity);
