namespace DigestGraph.Export.Report.PageModel;

/// <summary>A model's result on a benchmark as one paper states it.</summary>
internal sealed record LeaderboardRow(string Model, string? Metric, string? Value, string Paper, string Evidence);
