using DigestGraph.Analyse;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace DigestGraph.Tests.Analyse;

/// <summary>
/// The project's own algorithms against QuikGraph's where both exist, on the committed fixture graphs (components come
/// from QuikGraph itself and are checked against NetworkX in <see cref="CentralityTests"/>).
/// </summary>
public sealed class QuikGraphAgreementTests
{
    [Theory]
    [InlineData("karate")]
    [InlineData("les-miserables")]
    public void PageRankAgreesWithQuikGraphOnTheUnweightedGraph(string name)
    {
        var fixture = GraphFixture.Load(name);
        var (ours, view) = Unweighted(fixture.Graph);
        var quik = new PageRankAlgorithm<string, Edge<string>>(view) { Damping = 0.85, Tolerance = 1e-12, MaxIterations = 10_000 };

        quik.Compute();
        var scores = PageRank.Compute(ours, new PageRankOptions { Tolerance = 1e-13, MaxIterations = 10_000 }).Scores;

        // QuikGraph's ranks are not normalised to sum 1; on graphs with no dangling node the normalised vectors agree.
        var total = quik.Ranks.Values.Sum();
        for (var v = 0; v < ours.NodeCount; v++)
            Assert.Equal(quik.Ranks[ours.NodeIds[v]] / total, scores[v], 6);
    }

    /// <summary>The fixture's edges with weight 1, as our arrays and as a QuikGraph graph with both directions of each edge.</summary>
    private static (AnalysisGraph Ours, BidirectionalGraph<string, Edge<string>> View) Unweighted(AnalysisGraph graph)
    {
        var builder = new AnalysisGraphBuilder(directed: false);
        foreach (var id in graph.NodeIds) builder.AddNode(id);
        var view = new BidirectionalGraph<string, Edge<string>>();
        view.AddVertexRange(graph.NodeIds);
        for (var v = 0; v < graph.NodeCount; v++)
            foreach (var w in graph.Neighbours(v))
            {
                if (v < w) builder.AddEdge(v, w);
                if (v != w) view.AddEdge(new Edge<string>(graph.NodeIds[v], graph.NodeIds[w]));
            }
        return (builder.Build(), view);
    }
}
