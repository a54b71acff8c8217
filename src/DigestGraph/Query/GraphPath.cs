using DigestGraph.Graph;
using QuikGraph;

namespace DigestGraph.Query;

/// <summary>A path of the knowledge graph: its vertices and, between each two, the edge it goes along (either way).</summary>
internal sealed record GraphPath(IReadOnlyList<KnowledgeVertex> Vertices, IReadOnlyList<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> Edges)
{
    public int Hops => Edges.Count;
}
