namespace DigestGraph.Extract.Evaluation;

/// <summary>A relation of a record; <see cref="Evidence"/> is only in extractor output.</summary>
public sealed record RelationRecord(string Type, string Source, string Target, string? Metric, string? Value, string? Evidence);
