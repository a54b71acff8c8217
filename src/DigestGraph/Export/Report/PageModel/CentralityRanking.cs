namespace DigestGraph.Export.Report.PageModel;

/// <summary>The most central entities (keys, most central first) and the measure they were ranked by.</summary>
internal sealed record CentralityRanking(string Measure, IReadOnlyList<string> Keys);
