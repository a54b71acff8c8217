namespace DigestGraph.Export.Report;

/// <summary>
/// A labelled topic cluster of papers (<see cref="OfPapers"/>: members are paper ids) or of entities (members are
/// entity keys); representative papers are paper ids, key models, benchmarks and methods entity keys.
/// </summary>
public sealed record ReportCluster(
    string Id,
    bool OfPapers,
    string Label,
    int Size,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> RepresentativePapers,
    IReadOnlyList<string> KeyModels,
    IReadOnlyList<string> KeyBenchmarks,
    IReadOnlyList<string> KeyMethods);
