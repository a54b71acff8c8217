namespace DigestGraph.Export.Report;

/// <summary>A labelled topic cluster; members, papers and key entities are node ids (paper ids, entity keys).</summary>
public sealed record ReportCluster(
    string Id,
    string Label,
    int Size,
    IReadOnlyList<string> Members,
    IReadOnlyList<string> RepresentativePapers,
    IReadOnlyList<string> KeyModels,
    IReadOnlyList<string> KeyBenchmarks,
    IReadOnlyList<string> KeyMethods);
