namespace DigestGraph.Export.Report.PageModel;

/// <summary>
/// An entity with the papers that mention it (those the page shows; <see cref="PaperCount"/> counts them all) and its
/// centrality (degree always; PageRank, betweenness and cluster from analysis).
/// </summary>
internal sealed record EntityData(
    string Key,
    string Name,
    string Type,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Papers,
    int PaperCount,
    int Degree,
    double? PageRank,
    double? Betweenness,
    string? Cluster);
