namespace DigestGraph.Graph;

/// <summary>A vertex of <see cref="KnowledgeGraphView"/>: a paper (by arXiv id), an entity (by key) or a topic (by name).</summary>
public sealed record KnowledgeVertex(VertexKind Kind, string Id)
{
    // Every edge added or followed hashes its ends: computed once, not per lookup.
    private readonly int _hash = HashCode.Combine(Kind, Id);

    /// <summary>Its position in the <see cref="KnowledgeEdgeGraph"/> that holds it, where its edges are found without a lookup; -1 before.</summary>
    internal int Index { get; set; } = -1;

    public bool Equals(KnowledgeVertex? other) =>
        ReferenceEquals(this, other) || (other is not null && _hash == other._hash && Kind == other.Kind && Id == other.Id);

    public override int GetHashCode() => _hash;

    public override string ToString() => $"{Kind}:{Id}";
}
