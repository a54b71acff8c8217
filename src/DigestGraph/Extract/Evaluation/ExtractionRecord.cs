namespace DigestGraph.Extract.Evaluation;

/// <summary>One paper's extraction in the record shape of docs/EXTRACTION.md (gold files and `extract` output alike).</summary>
public sealed record ExtractionRecord(
    string Id,
    string Title,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<RelationRecord> Relations,
    IReadOnlyList<string> Topics,
    string? PrimaryTopic);
