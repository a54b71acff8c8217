namespace DigestGraph.Export.Report.PageModel;

/// <summary>A typed relation between two entity keys, with the paper and the sentence that state it.</summary>
internal sealed record RelationData(string Type, string Source, string Target, string Paper, string Evidence, string? Metric, string? Value);
