namespace DigestGraph.Export.Report.PageModel;

/// <summary>A topic cluster as the page shows it (ids refer to <see cref="ReportData.Papers"/> and <see cref="ReportData.Entities"/>).</summary>
public sealed record ClusterData(
    string Id,
    string Label,
    int Size,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> RepresentativePapers,
    IReadOnlyList<string> KeyModels,
    IReadOnlyList<string> KeyBenchmarks,
    IReadOnlyList<string> KeyMethods);
