using QuikGraph;

namespace DigestGraph.Analyse;

/// <summary>
/// A projection as a QuikGraph graph: vertices are paper ids or entity keys, each undirected edge tagged with its
/// weight. It is the graph the clusters come from; a library user can run any QuikGraph algorithm on it, and
/// <see cref="AnalysisGraph.Compile"/> packs it into the arrays Leiden, PageRank and betweenness run on.
/// </summary>
internal static class ProjectionGraph
{
    /// <summary>Nodes in the given order, and edges between node indices (each pair once).</summary>
    internal static UndirectedGraph<string, TaggedUndirectedEdge<string, double>> Create(
        IReadOnlyList<string> nodeIds, IEnumerable<(int A, int B, double Weight)> edges)
    {
        var graph = new UndirectedGraph<string, TaggedUndirectedEdge<string, double>>(allowParallelEdges: true);
        graph.AddVertexRange(nodeIds);
        var comparer = Comparer<string>.Default;
        foreach (var (a, b, weight) in edges)
        {
            // QuikGraph's undirected edges hold their ends in the order of the vertex comparer.
            var (source, target) = comparer.Compare(nodeIds[a], nodeIds[b]) <= 0 ? (nodeIds[a], nodeIds[b]) : (nodeIds[b], nodeIds[a]);
            graph.AddEdge(new TaggedUndirectedEdge<string, double>(source, target, weight));
        }
        return graph;
    }
}
