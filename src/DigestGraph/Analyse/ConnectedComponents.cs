using QuikGraph;
using QuikGraph.Collections;

namespace DigestGraph.Analyse;

/// <summary>
/// Connected components of an undirected QuikGraph graph, by QuikGraph's disjoint-set forest (union by rank, path
/// compression: near-linear in edges; its depth-first ConnectedComponentsAlgorithm grew far faster than linearly on
/// projections with thousands of components), numbered in order of their first node in <c>nodeOrder</c>.
/// </summary>
internal static class ConnectedComponents
{
    public static Partition Compute<TEdge>(IUndirectedGraph<string, TEdge> graph, IReadOnlyList<string> nodeOrder) where TEdge : IEdge<string>
    {
        var sets = new ForestDisjointSet<string>(nodeOrder.Count);
        foreach (var id in nodeOrder) sets.MakeSet(id);
        foreach (var edge in graph.Edges) sets.Union(edge.Source, edge.Target);
        var roots = new Dictionary<string, int>(StringComparer.Ordinal);
        return new Partition(nodeOrder.Select(id => roots.TryGetValue(sets.FindSet(id), out var c) ? c : roots[sets.FindSet(id)] = roots.Count).ToArray());
    }
}
