using DigestGraph.Extract;

namespace DigestGraph.Graph;

/// <summary>A typed relation between two entities as stated by one paper.</summary>
public sealed record RelationEdge(RelationType Type, string SourceKey, string TargetKey, string PaperId, string Evidence)
{
    public string? Metric { get; init; }
    public string? Value { get; init; }
}
