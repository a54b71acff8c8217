using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace DigestGraph.Analyse;

/// <summary>Connected components of an undirected QuikGraph graph (QuikGraph's algorithm), numbered in order of their first node in <c>nodeOrder</c>.</summary>
public static class ConnectedComponents
{
    public static Partition Compute<TEdge>(IUndirectedGraph<string, TEdge> graph, IReadOnlyList<string> nodeOrder) where TEdge : IEdge<string>
    {
        var algorithm = new ConnectedComponentsAlgorithm<string, TEdge>(graph);
        algorithm.Compute();
        return new Partition(nodeOrder.Select(id => algorithm.Components[id]).ToArray());
    }
}
