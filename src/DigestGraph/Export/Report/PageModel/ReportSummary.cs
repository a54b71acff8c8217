namespace DigestGraph.Export.Report.PageModel;

/// <summary>Counts shown in the page header.</summary>
internal sealed record ReportSummary(int Papers, int Entities, int Relations, int Topics, int Clusters, int LeaderboardRows);
