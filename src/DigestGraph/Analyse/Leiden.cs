namespace DigestGraph.Analyse;

/// <summary>
/// Community detection by the Leiden algorithm (Traag, Waltman and van Eck 2019) maximising modularity: fast local
/// moving, refinement within each community so that every community stays connected, and aggregation of the refined
/// communities. The refinement merges greedily (the θ → 0 limit of its random choice), so a seed fixes the result.
/// A directed graph is taken undirected.
/// </summary>
internal static class Leiden
{
    public static CommunityResult Detect(AnalysisGraph graph, CommunityOptions? options = null)
    {
        options ??= new CommunityOptions();
        var undirected = graph.ToUndirected();
        var n = undirected.NodeCount;
        var original = LeidenGraph.From(undirected);
        var random = new Random(options.Seed);

        var membership = Enumerable.Range(0, n).ToArray();
        IReadOnlyList<int[]> levels = [];
        for (var iteration = 0; iteration < Math.Max(1, options.Iterations); iteration++)
        {
            var (next, nextLevels) = RunPass(original, membership, options.Resolution, random);
            var changed = !next.AsSpan().SequenceEqual(membership);
            membership = next;
            levels = nextLevels;
            if (!changed && iteration > 0) break;
        }

        var partition = new Partition(membership);
        var modularity = Modularity.Compute(undirected, partition, options.Resolution);
        var kept = levels.Select(l => new Partition(l))
            .Where(p => p.Count > partition.Count)
            .Select(p => new CommunityLevel(p, Modularity.Compute(undirected, p, options.Resolution)))
            .Append(new CommunityLevel(partition, modularity))
            .ToArray();
        return new CommunityResult(partition, modularity, kept);
    }

    /// <summary>One Leiden pass from an initial membership; returns the final membership and the refined partitions it aggregated.</summary>
    private static (int[] Membership, List<int[]> Levels) RunPass(LeidenGraph original, int[] initial, double resolution, Random random)
    {
        var graph = original;
        var community = (int[])initial.Clone();
        var nodeOf = Enumerable.Range(0, original.NodeCount).ToArray();
        var levels = new List<int[]>();
        while (true)
        {
            var communityCount = LocalMoving.Run(graph, community, resolution, random);
            if (communityCount == graph.NodeCount) break;
            var refined = Refinement.Run(graph, community, resolution, random);
            var refinedCount = Renumber(refined);
            // A refinement that merged nothing would aggregate into the same graph; aggregate the communities instead.
            if (refinedCount == graph.NodeCount)
            {
                refined = community;
                refinedCount = communityCount;
            }
            for (var v = 0; v < nodeOf.Length; v++) nodeOf[v] = refined[nodeOf[v]];
            levels.Add((int[])nodeOf.Clone());

            var aggregateCommunity = new int[refinedCount];
            for (var v = 0; v < graph.NodeCount; v++) aggregateCommunity[refined[v]] = community[v];
            graph = graph.Aggregate(refined, refinedCount);
            community = aggregateCommunity;
        }
        var membership = new int[nodeOf.Length];
        for (var v = 0; v < nodeOf.Length; v++) membership[v] = community[nodeOf[v]];
        Renumber(membership);
        return (membership, levels);
    }

    /// <summary>Renumbers labels to 0..k-1 in order of first appearance; returns k.</summary>
    internal static int Renumber(int[] labels)
    {
        var map = new int[labels.Length == 0 ? 0 : labels.Max() + 1];
        Array.Fill(map, -1);
        var count = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            ref var id = ref map[labels[i]];
            if (id < 0) id = count++;
            labels[i] = id;
        }
        return count;
    }
}
