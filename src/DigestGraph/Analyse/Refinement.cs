using System.Runtime.CompilerServices;

namespace DigestGraph.Analyse;

/// <summary>
/// Leiden's refinement: inside each community, start from singletons and merge each still-alone, well-connected node
/// into the well-connected sub-community of the same community with the largest positive modularity gain. The result
/// splits every community into connected pieces.
/// </summary>
internal static class Refinement
{
    /// <summary>Returns the refined label of every node (labels are founder node ids, not yet renumbered).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int[] Run(LeidenGraph graph, int[] community, double resolution, Random random)
    {
        var n = graph.NodeCount;
        var strength = graph.Strength;
        var scale = resolution / graph.TwoM;
        var communityTotal = new double[n];
        for (var v = 0; v < n; v++) communityTotal[community[v]] += strength[v];

        var refined = new int[n];
        var refinedTotal = new double[n];
        var external = new double[n]; // weight from a refined group to the rest of its community
        var alone = new bool[n];
        for (var v = 0; v < n; v++)
        {
            refined[v] = v;
            refinedTotal[v] = strength[v];
            alone[v] = true;
            for (var i = graph.Offsets[v]; i < graph.Offsets[v + 1]; i++)
                if (community[graph.Targets[i]] == community[v]) external[v] += graph.Weights[i];
        }

        var order = Enumerable.Range(0, n).ToArray();
        random.Shuffle(order);
        var linkWeight = new double[n];
        var seen = new bool[n];
        var touched = new int[n];
        foreach (var v in order)
        {
            if (!alone[v]) continue;
            var c = community[v];
            var kv = strength[v];
            if (external[v] < kv * (communityTotal[c] - kv) * scale) continue;

            var touchedCount = 0;
            for (var i = graph.Offsets[v]; i < graph.Offsets[v + 1]; i++)
            {
                var u = graph.Targets[i];
                if (community[u] != c) continue;
                var r = refined[u];
                if (!seen[r])
                {
                    seen[r] = true;
                    touched[touchedCount++] = r;
                }
                linkWeight[r] += graph.Weights[i];
            }

            var best = -1;
            var bestGain = 0.0;
            for (var t = 0; t < touchedCount; t++)
            {
                var r = touched[t];
                if (external[r] < refinedTotal[r] * (communityTotal[c] - refinedTotal[r]) * scale) continue;
                var gain = linkWeight[r] - kv * refinedTotal[r] * scale;
                if (gain > bestGain)
                {
                    best = r;
                    bestGain = gain;
                }
            }
            if (best >= 0)
            {
                external[best] += external[v] - 2 * linkWeight[best];
                refinedTotal[best] += kv;
                refinedTotal[v] = 0;
                external[v] = 0;
                refined[v] = best;
                alone[v] = false;
                alone[best] = false;
            }
            for (var t = 0; t < touchedCount; t++)
            {
                linkWeight[touched[t]] = 0;
                seen[touched[t]] = false;
            }
        }
        return refined;
    }
}
