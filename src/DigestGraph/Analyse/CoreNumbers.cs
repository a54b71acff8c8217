namespace DigestGraph.Analyse;

/// <summary>
/// k-core numbers by Batagelj and Zaversnik's bucket algorithm, unweighted, as NetworkX's <c>core_number</c>: in a
/// directed graph the degree is in-degree plus out-degree. Self-loops are ignored.
/// </summary>
internal static class CoreNumbers
{
    public static int[] Compute(AnalysisGraph graph)
    {
        var n = graph.NodeCount;
        var incoming = graph.Reverse();
        var degree = new int[n];
        for (var v = 0; v < n; v++) degree[v] = CountNeighbours(graph, v) + (graph.IsDirected ? CountNeighbours(incoming, v) : 0);

        var maxDegree = n == 0 ? 0 : degree.Max();
        var bucketStart = new int[maxDegree + 2];
        foreach (var d in degree) bucketStart[d + 1]++;
        for (var d = 0; d <= maxDegree; d++) bucketStart[d + 1] += bucketStart[d];
        var order = new int[n];
        var position = new int[n];
        var fill = bucketStart[..^1].ToArray();
        for (var v = 0; v < n; v++)
        {
            position[v] = fill[degree[v]]++;
            order[position[v]] = v;
        }

        for (var i = 0; i < n; i++)
        {
            var v = order[i];
            foreach (var u in graph.Neighbours(v)) Lower(v, u);
            if (graph.IsDirected) foreach (var u in incoming.Neighbours(v)) Lower(v, u);
        }
        return degree;

        // u loses its edge to the already-peeled v: move u to the front of its bucket, then into the bucket below.
        void Lower(int v, int u)
        {
            if (u == v || degree[u] <= degree[v]) return;
            var du = degree[u];
            var first = order[bucketStart[du]];
            var pu = position[u];
            if (first != u)
            {
                (order[pu], order[bucketStart[du]]) = (first, u);
                position[first] = pu;
                position[u] = bucketStart[du];
            }
            bucketStart[du]++;
            degree[u]--;
        }
    }

    private static int CountNeighbours(AnalysisGraph graph, int v)
    {
        var count = 0;
        foreach (var u in graph.Neighbours(v)) if (u != v) count++;
        return count;
    }
}
