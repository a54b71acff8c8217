namespace DigestGraph.Export.Report.PageModel;

/// <summary>
/// Counts shown in the page header: the corpus's totals and, for what a large corpus leaves out, how many the page
/// carries (paper cards, entities, relations, clusters listed, leaderboards).
/// </summary>
internal sealed record ReportSummary(int Papers, int Entities, int Relations, int Topics, int Clusters, int LeaderboardRows)
{
    public int PapersShown { get; init; } = Papers;
    public int EntitiesShown { get; init; } = Entities;
    public int RelationsShown { get; init; } = Relations;
    public int ClustersShown { get; init; } = Clusters;
    public int Leaderboards { get; init; }
    public int LeaderboardsShown { get; init; }
}
