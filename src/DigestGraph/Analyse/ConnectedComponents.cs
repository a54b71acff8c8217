namespace DigestGraph.Analyse;

/// <summary>Connected components (weakly connected for a directed graph), numbered in order of their smallest node.</summary>
internal static class ConnectedComponents
{
    public static Partition Compute(AnalysisGraph graph)
    {
        var n = graph.NodeCount;
        var incoming = graph.Reverse();
        var label = new int[n];
        Array.Fill(label, -1);
        var stack = new Stack<int>();
        var count = 0;
        for (var start = 0; start < n; start++)
        {
            if (label[start] >= 0) continue;
            label[start] = count;
            stack.Push(start);
            while (stack.TryPop(out var v))
            {
                foreach (var w in graph.Neighbours(v)) Visit(w);
                if (graph.IsDirected) foreach (var w in incoming.Neighbours(v)) Visit(w);
            }
            count++;
        }
        return new Partition(label);

        void Visit(int w)
        {
            if (label[w] >= 0) return;
            label[w] = count;
            stack.Push(w);
        }
    }
}
