namespace DigestGraph.Export.Report;

/// <summary>
/// How much of a corpus the report page carries, so that it stays a few megabytes at any size; the page says what
/// it left out, and graph.json and clusters.json keep everything.
/// </summary>
internal sealed record ReportLimits
{
    /// <summary>Nodes of the interactive graph.</summary>
    public int GraphNodes { get; init; } = 400;
    /// <summary>Paper cards: the clusters' representative papers first, then the most central papers.</summary>
    public int Papers { get; init; } = 300;
    /// <summary>Clusters of each kind listed, the largest first.</summary>
    public int Clusters { get; init; } = 50;
    public int Leaderboards { get; init; } = 25;
    public int LeaderboardRows { get; init; } = 15;
    /// <summary>Papers listed under an entity (its count says how many mention it in all).</summary>
    public int PapersPerEntity { get; init; } = 20;
}
