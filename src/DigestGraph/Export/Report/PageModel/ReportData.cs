namespace DigestGraph.Export.Report.PageModel;

/// <summary>Everything the report page shows, serialised as JSON into the page; the page's script only renders it.</summary>
internal sealed record ReportData(
    ReportSummary Summary,
    IReadOnlyList<string> EntityTypes,
    IReadOnlyList<string> Topics,
    IReadOnlyList<PaperData> Papers,
    IReadOnlyList<EntityData> Entities,
    IReadOnlyList<RelationData> Relations,
    IReadOnlyList<ReportCluster> Clusters,
    IReadOnlyList<LeaderboardData> Leaderboards,
    CentralityRanking Central,
    GraphData Graph);
