namespace DigestGraph.Export.Report.PageModel;

/// <summary>A topic cluster as the page shows it; <see cref="Kind"/> is papers or entities (what <see cref="Members"/> holds).</summary>
public sealed record ClusterData(
    string Id,
    string Kind,
    string Label,
    int Size,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> RepresentativePapers,
    IReadOnlyList<string> KeyModels,
    IReadOnlyList<string> KeyBenchmarks,
    IReadOnlyList<string> KeyMethods);
