using DigestGraph.Analyse;

namespace DigestGraph.Tests.Analyse;

public sealed class LeidenTests
{
    [Theory]
    [MemberData(nameof(GraphFixture.Names), MemberType = typeof(GraphFixture))]
    public void ModularityIsWithinOnePercentOfIgraphMultilevel(string name)
    {
        var fixture = GraphFixture.Load(name);
        var result = Leiden.Detect(fixture.Graph, new CommunityOptions { Seed = 1 });

        var igraph = fixture.Scalar("igraphMultilevelModularity");
        Assert.True(result.Modularity >= igraph * 0.99, $"{name}: modularity {result.Modularity} vs igraph {igraph}");
    }

    [Theory]
    [MemberData(nameof(GraphFixture.Names), MemberType = typeof(GraphFixture))]
    public void ModularityOfAPartitionEqualsNetworkXs(string name)
    {
        var fixture = GraphFixture.Load(name);
        var partition = fixture.PartitionFrom("igraphMultilevelMembership");

        Assert.Equal(fixture.Scalar("networkxModularityOfIgraphPartition"), Modularity.Compute(fixture.Graph, partition), 10);
    }

    [Theory]
    [MemberData(nameof(GraphFixture.Names), MemberType = typeof(GraphFixture))]
    public void CommunitiesCoverEveryNodeOnceAndAreConnected(string name)
    {
        var graph = GraphFixture.Load(name).Graph.ToUndirected();
        var partition = Leiden.Detect(graph).Partition;

        Assert.Equal(graph.NodeCount, partition.NodeCount);
        var groups = partition.Groups();
        Assert.All(groups, g => Assert.NotEmpty(g));
        Assert.Equal(Enumerable.Range(0, graph.NodeCount), groups.SelectMany(g => g).Order());
        foreach (var group in groups) Assert.True(IsConnected(graph, group), $"community {string.Join(",", group)} is not connected");
    }

    [Fact]
    public void SameSeedGivesTheSamePartition()
    {
        var graph = GraphFixture.Load("les-miserables").Graph;

        var first = Leiden.Detect(graph, new CommunityOptions { Seed = 7 });
        var second = Leiden.Detect(graph, new CommunityOptions { Seed = 7 });

        Assert.Equal(first.Partition.Membership, second.Partition.Membership);
        Assert.Equal(first.Modularity, second.Modularity);
    }

    [Theory]
    [MemberData(nameof(GraphFixture.Names), MemberType = typeof(GraphFixture))]
    public void LevelsNestFromFinestToTheFinalPartition(string name)
    {
        var graph = GraphFixture.Load(name).Graph;
        var result = Leiden.Detect(graph, new CommunityOptions { Seed = 3 });

        Assert.NotEmpty(result.Levels);
        Assert.Equal(result.Partition.Membership, result.Levels[^1].Partition.Membership);
        Assert.Equal(result.Modularity, result.Levels[^1].Modularity);
        for (var i = 0; i + 1 < result.Levels.Count; i++)
        {
            Assert.True(result.Levels[i].Partition.Refines(result.Levels[i + 1].Partition), $"level {i} does not nest in level {i + 1}");
            Assert.True(result.Levels[i].Partition.Count > result.Levels[i + 1].Partition.Count);
        }
    }

    [Fact]
    public void HigherResolutionGivesMoreCommunities()
    {
        var graph = GraphFixture.Load("les-miserables").Graph;

        var coarse = Leiden.Detect(graph, new CommunityOptions { Resolution = 0.5 }).Partition.Count;
        var fine = Leiden.Detect(graph, new CommunityOptions { Resolution = 2.0 }).Partition.Count;

        Assert.True(fine > coarse, $"γ=2 gave {fine} communities, γ=0.5 gave {coarse}");
    }

    private static bool IsConnected(AnalysisGraph graph, int[] group)
    {
        var inGroup = group.ToHashSet();
        var seen = new HashSet<int> { group[0] };
        var stack = new Stack<int>(seen);
        while (stack.TryPop(out var v))
            foreach (var w in graph.Neighbours(v).ToArray())
                if (inGroup.Contains(w) && seen.Add(w)) stack.Push(w);
        return seen.Count == group.Length;
    }
}
