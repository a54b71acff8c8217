namespace DigestGraph.Analyse;

/// <summary>The shape of one projection and its community structure: sizes, components, modularity per hierarchy level.</summary>
public sealed record ProjectionSummary(
    int Nodes,
    long Edges,
    int Components,
    int Communities,
    double Modularity,
    IReadOnlyList<CommunityLevelSummary> Levels,
    bool BetweennessSampled);
