namespace DigestGraph.Export.Report.PageModel;

/// <summary>One benchmark's results: a row per EVALUATED_ON relation that targets it (the first rows when the page is bounded; <see cref="TotalRows"/> counts them all).</summary>
internal sealed record LeaderboardData(string Benchmark, string Name, IReadOnlyList<LeaderboardRow> Rows)
{
    public int TotalRows { get; init; } = Rows.Count;
}
