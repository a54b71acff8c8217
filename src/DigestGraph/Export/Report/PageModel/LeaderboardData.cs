namespace DigestGraph.Export.Report.PageModel;

/// <summary>One benchmark's results: a row per EVALUATED_ON relation that targets it.</summary>
internal sealed record LeaderboardData(string Benchmark, string Name, IReadOnlyList<LeaderboardRow> Rows);
