using DigestGraph.Analyse;

namespace DigestGraph.Tests.Analyse;

public sealed class CentralityTests
{
    private const double Tolerance = 1e-6;

    [Theory]
    [MemberData(nameof(GraphFixture.Names), MemberType = typeof(GraphFixture))]
    public void PageRankMatchesNetworkX(string name)
    {
        var fixture = GraphFixture.Load(name);
        var result = PageRank.Compute(fixture.Graph, new PageRankOptions { Tolerance = 1e-13, MaxIterations = 10_000 });

        Assert.True(result.Converged);
        AssertClose(fixture.PerNode("pagerank"), result.Scores);
        Assert.Equal(1.0, result.Scores.Sum(), 9);
    }

    [Fact]
    public void PageRankReportsWhenItDidNotConverge()
    {
        var result = PageRank.Compute(GraphFixture.Load("karate").Graph, new PageRankOptions { Tolerance = 1e-15, MaxIterations = 3 });

        Assert.False(result.Converged);
        Assert.Equal(3, result.Iterations);
    }

    [Theory]
    [MemberData(nameof(GraphFixture.Names), MemberType = typeof(GraphFixture))]
    public void ExactBetweennessMatchesNetworkX(string name)
    {
        var fixture = GraphFixture.Load(name);

        AssertClose(fixture.PerNode("betweenness"), Betweenness.Compute(fixture.Graph));
        AssertClose(fixture.PerNode("betweennessRaw"), Betweenness.Compute(fixture.Graph, new BetweennessOptions { Normalized = false }));
        if (fixture.HasReference("betweennessWeighted"))
            AssertClose(fixture.PerNode("betweennessWeighted"), Betweenness.Compute(fixture.Graph, new BetweennessOptions { Weighted = true }));
    }

    [Fact]
    public void SampledBetweennessIsSeededAndExactWhenTheSampleIsEveryNode()
    {
        var graph = GraphFixture.Load("les-miserables").Graph;
        var exact = Betweenness.Compute(graph);

        var first = Betweenness.Compute(graph, new BetweennessOptions { SampleSize = 30, Seed = 5 });
        var again = Betweenness.Compute(graph, new BetweennessOptions { SampleSize = 30, Seed = 5 });
        var other = Betweenness.Compute(graph, new BetweennessOptions { SampleSize = 30, Seed = 6 });
        var whole = Betweenness.Compute(graph, new BetweennessOptions { SampleSize = graph.NodeCount, Seed = 5 });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        AssertClose(exact, whole);
        // The estimate is scaled to the exact total: the most central character stays the most central.
        Assert.Equal(Array.IndexOf(exact, exact.Max()), Array.IndexOf(first, first.Max()));
    }

    [Theory]
    [MemberData(nameof(GraphFixture.Names), MemberType = typeof(GraphFixture))]
    public void ComponentsMatchNetworkXExactly(string name)
    {
        var fixture = GraphFixture.Load(name);
        // Components come from QuikGraph's algorithm on the undirected (weakly connected, for a directed fixture) view.
        var view = new QuikGraph.UndirectedGraph<string, QuikGraph.UndirectedEdge<string>>();
        view.AddVertexRange(fixture.Graph.NodeIds);
        for (var v = 0; v < fixture.Graph.NodeCount; v++)
            foreach (var w in fixture.Graph.Neighbours(v))
            {
                var (a, b) = (fixture.Graph.NodeIds[v], fixture.Graph.NodeIds[w]);
                view.AddEdge(Comparer<string>.Default.Compare(a, b) <= 0 ? new(a, b) : new(b, a));
            }
        var components = ConnectedComponents.Compute(view, fixture.Graph.NodeIds);

        var found = components.Groups()
            .Select(g => g.Select(v => fixture.Graph.NodeIds[v]).Order(StringComparer.Ordinal).ToArray())
            .OrderBy(g => g[0], StringComparer.Ordinal)
            .ToArray();
        var expected = fixture.Groups("components").Select(g => g.Order(StringComparer.Ordinal).ToArray()).OrderBy(g => g[0], StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, found);
    }

    [Theory]
    [MemberData(nameof(GraphFixture.Names), MemberType = typeof(GraphFixture))]
    public void CoreNumbersMatchNetworkXExactly(string name)
    {
        var fixture = GraphFixture.Load(name);

        Assert.Equal(fixture.PerNode("coreNumber").Select(x => (int)x).ToArray(), CoreNumbers.Compute(fixture.Graph));
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance, $"node {i}: expected {expected[i]}, got {actual[i]}");
    }
}
