namespace DigestGraph.Graph;

/// <summary>A vertex of <see cref="KnowledgeGraphView"/>: a paper (by arXiv id), an entity (by key) or a topic (by name).</summary>
public sealed record KnowledgeVertex(VertexKind Kind, string Id)
{
    public override string ToString() => $"{Kind}:{Id}";
}
