using System.Runtime.CompilerServices;

namespace DigestGraph.Analyse;

/// <summary>
/// The working graph of one Leiden level: symmetric CSR without self-loops plus each node's strength (which keeps the
/// weight of the edges folded inside it), and 2m of the original graph.
/// </summary>
internal sealed class LeidenGraph
{
    private LeidenGraph(int[] offsets, int[] targets, double[] weights, double[] strength, double twoM)
    {
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
        Strength = strength;
        TwoM = twoM;
    }

    public int[] Offsets { get; }
    public int[] Targets { get; }
    public double[] Weights { get; }
    public double[] Strength { get; }
    public double TwoM { get; }
    public int NodeCount => Strength.Length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LeidenGraph From(AnalysisGraph undirected)
    {
        var n = undirected.NodeCount;
        var offsets = new int[n + 1];
        var targets = new List<int>(undirected.Targets.Length);
        var weights = new List<double>(undirected.Targets.Length);
        var strength = new double[n];
        for (var v = 0; v < n; v++)
        {
            strength[v] = undirected.Strength(v);
            var row = undirected.Neighbours(v);
            var rowWeights = undirected.NeighbourWeights(v);
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] == v) continue;
                targets.Add(row[i]);
                weights.Add(rowWeights[i]);
            }
            offsets[v + 1] = targets.Count;
        }
        return new LeidenGraph(offsets, targets.ToArray(), weights.ToArray(), strength, strength.Sum());
    }

    /// <summary>One node per group; edges between groups sum their weights, edges inside a group stay in its strength.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public LeidenGraph Aggregate(int[] group, int groupCount)
    {
        var n = NodeCount;
        var memberStart = new int[groupCount + 1];
        foreach (var g in group) memberStart[g + 1]++;
        for (var g = 0; g < groupCount; g++) memberStart[g + 1] += memberStart[g];
        var members = new int[n];
        var fill = memberStart[..^1].ToArray();
        for (var v = 0; v < n; v++) members[fill[group[v]]++] = v;

        var strength = new double[groupCount];
        var offsets = new int[groupCount + 1];
        var targets = new int[Targets.Length];
        var weights = new double[Targets.Length];
        var accumulated = new double[groupCount];
        var seen = new bool[groupCount];
        var touched = new int[groupCount];
        var write = 0;
        for (var g = 0; g < groupCount; g++)
        {
            var touchedCount = 0;
            for (var m = memberStart[g]; m < memberStart[g + 1]; m++)
            {
                var v = members[m];
                strength[g] += Strength[v];
                for (var i = Offsets[v]; i < Offsets[v + 1]; i++)
                {
                    var h = group[Targets[i]];
                    if (h == g) continue;
                    if (!seen[h])
                    {
                        seen[h] = true;
                        touched[touchedCount++] = h;
                    }
                    accumulated[h] += Weights[i];
                }
            }
            for (var t = 0; t < touchedCount; t++)
            {
                var h = touched[t];
                targets[write] = h;
                weights[write++] = accumulated[h];
                accumulated[h] = 0;
                seen[h] = false;
            }
            offsets[g + 1] = write;
        }
        return new LeidenGraph(offsets, targets[..write], weights[..write], strength, TwoM);
    }
}
