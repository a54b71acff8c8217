using DigestGraph.Extract;

namespace DigestGraph.Graph;

/// <summary>An entity node: one per canonical key across all papers. <see cref="Types"/> lists every type it was given (most frequent first).</summary>
public sealed record EntityNode(string Key, string Name, IReadOnlyList<EntityType> Types, IReadOnlyList<string> Aliases)
{
    public EntityType Type => Types[0];
}
