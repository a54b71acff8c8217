using QuikGraph;

namespace DigestGraph.Graph;

/// <summary>
/// The read-only QuikGraph graph of a <see cref="KnowledgeGraphView"/>: each vertex's out- and in-edges in one array
/// each, in the order they were added (as a <see cref="BidirectionalGraph{TVertex,TEdge}"/> fed the same edges holds
/// them). A vertex finds its edges by its index, with no lookup: filling a BidirectionalGraph cost four dictionary
/// lookups and two growing lists per edge, the bulk of loading a large graph.json.
/// </summary>
public sealed class KnowledgeEdgeGraph : IBidirectionalGraph<KnowledgeVertex, TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>>
{
    private readonly KnowledgeVertex[] _vertices;
    private readonly TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>[] _out, _in;
    // Vertex i's out-edges are _out[_outStart[i].._outStart[i + 1]], its in-edges likewise.
    private readonly int[] _outStart, _inStart;
    private readonly Func<KnowledgeVertex, KnowledgeVertex?> _own;

    /// <param name="vertices">The vertices, each <see cref="KnowledgeVertex.Index"/> its position.</param>
    /// <param name="edges">The edges between them, in the order they are added.</param>
    /// <param name="own">This graph's vertex equal to a given one, or null.</param>
    internal KnowledgeEdgeGraph(IReadOnlyList<KnowledgeVertex> vertices, IReadOnlyList<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> edges,
        Func<KnowledgeVertex, KnowledgeVertex?> own)
    {
        _vertices = [.. vertices];
        _own = own;
        // Each edge's ends read once (a cache miss each), for both groupings.
        var sources = new int[edges.Count];
        var targets = new int[edges.Count];
        for (var i = 0; i < edges.Count; i++) (sources[i], targets[i]) = (edges[i].Source.Index, edges[i].Target.Index);
        (_out, _outStart) = Grouped(edges, _vertices.Length, sources);
        (_in, _inStart) = Grouped(edges, _vertices.Length, targets);
    }

    /// <summary>The edges grouped by the vertex at their end in <paramref name="ends"/> (a stable counting sort), and where each vertex's group starts.</summary>
    private static (TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>[] Edges, int[] Start) Grouped(
        IReadOnlyList<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> edges, int vertexCount, int[] ends)
    {
        var start = new int[vertexCount + 1];
        foreach (var end in ends) start[end + 1]++;
        for (var v = 0; v < vertexCount; v++) start[v + 1] += start[v];
        var next = start[..^1];
        var grouped = new TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>[edges.Count];
        for (var i = 0; i < edges.Count; i++) grouped[next[ends[i]]++] = edges[i];
        return (grouped, start);
    }

    public bool IsDirected => true;

    public bool AllowParallelEdges => true;

    public bool IsVerticesEmpty => _vertices.Length == 0;

    public int VertexCount => _vertices.Length;

    public IEnumerable<KnowledgeVertex> Vertices => Array.AsReadOnly(_vertices);

    public bool IsEdgesEmpty => _out.Length == 0;

    public int EdgeCount => _out.Length;

    /// <summary>Every edge, by source vertex in the order the vertices were added.</summary>
    public IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> Edges => Array.AsReadOnly(_out);

    public bool ContainsVertex(KnowledgeVertex vertex) => IndexOf(vertex) >= 0;

    public bool ContainsEdge(TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag> edge) =>
        IndexOf(edge.Source) is var s and >= 0 && Array.IndexOf(_out, edge, _outStart[s], _outStart[s + 1] - _outStart[s]) >= 0;

    public bool ContainsEdge(KnowledgeVertex source, KnowledgeVertex target) => TryGetEdge(source, target, out _);

    public bool TryGetEdge(KnowledgeVertex source, KnowledgeVertex target, out TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag> edge)
    {
        // Null when there is none, as QuikGraph's graphs give.
        edge = (TryGetEdges(source, target, out var edges) ? edges.FirstOrDefault() : null)!;
        return edge is not null;
    }

    public bool TryGetEdges(KnowledgeVertex source, KnowledgeVertex target, out IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> edges)
    {
        var found = TryGetOutEdges(source, out var outEdges);
        edges = found ? outEdges.Where(e => e.Target.Equals(target)).ToArray() : [];
        return found;
    }

    public bool IsOutEdgesEmpty(KnowledgeVertex vertex) => OutDegree(vertex) == 0;

    public int OutDegree(KnowledgeVertex vertex) => Span(_outStart, vertex).Count;

    public IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> OutEdges(KnowledgeVertex vertex) => Segment(_out, _outStart, vertex);

    public bool TryGetOutEdges(KnowledgeVertex vertex, out IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> edges) =>
        TryGetSegment(_out, _outStart, vertex, out edges);

    public TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag> OutEdge(KnowledgeVertex vertex, int index) => Segment(_out, _outStart, vertex)[index];

    public bool IsInEdgesEmpty(KnowledgeVertex vertex) => InDegree(vertex) == 0;

    public int InDegree(KnowledgeVertex vertex) => Span(_inStart, vertex).Count;

    public IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> InEdges(KnowledgeVertex vertex) => Segment(_in, _inStart, vertex);

    public bool TryGetInEdges(KnowledgeVertex vertex, out IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> edges) =>
        TryGetSegment(_in, _inStart, vertex, out edges);

    public TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag> InEdge(KnowledgeVertex vertex, int index) => Segment(_in, _inStart, vertex)[index];

    public int Degree(KnowledgeVertex vertex) => OutDegree(vertex) + InDegree(vertex);

    /// <summary>The vertex's index here; -1 when it is not a vertex of this graph.</summary>
    private int IndexOf(KnowledgeVertex vertex)
    {
        var index = vertex.Index;
        if ((uint)index < (uint)_vertices.Length && ReferenceEquals(_vertices[index], vertex)) return index;
        return _own(vertex)?.Index ?? -1;
    }

    private (int Start, int Count) Span(int[] start, KnowledgeVertex vertex) =>
        IndexOf(vertex) is var i and >= 0 ? (start[i], start[i + 1] - start[i]) : throw new VertexNotFoundException();

    private ArraySegment<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> Segment(TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>[] edges, int[] start, KnowledgeVertex vertex)
    {
        var (first, count) = Span(start, vertex);
        return new ArraySegment<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>>(edges, first, count);
    }

    /// <summary>The vertex's edges in one lookup of it; false (and none) when it is not a vertex of this graph.</summary>
    private bool TryGetSegment(TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>[] edges, int[] start, KnowledgeVertex vertex,
        out IEnumerable<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>> segment)
    {
        var i = IndexOf(vertex);
        segment = i >= 0 ? new ArraySegment<TaggedEdge<KnowledgeVertex, KnowledgeEdgeTag>>(edges, start[i], start[i + 1] - start[i]) : [];
        return i >= 0;
    }
}
