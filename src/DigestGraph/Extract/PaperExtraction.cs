using DigestGraph.Ingest;

namespace DigestGraph.Extract;

/// <summary>All that extraction takes from one paper.</summary>
public sealed record PaperExtraction(
    Paper Paper,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelation> Relations,
    IReadOnlyList<string> Topics,
    string? PrimaryTopic);
