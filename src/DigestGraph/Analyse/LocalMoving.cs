using System.Runtime.CompilerServices;

namespace DigestGraph.Analyse;

/// <summary>
/// Leiden's fast local moving: visit nodes from a queue (seeded random order), move each to the neighbouring (or an
/// empty) community with the largest modularity gain, and requeue the neighbours a move may have helped.
/// </summary>
internal static class LocalMoving
{
    /// <summary>Moves nodes in place in <paramref name="community"/>, renumbers it 0..k-1 and returns k.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Run(LeidenGraph graph, int[] community, double resolution, Random random)
    {
        var n = graph.NodeCount;
        var strength = graph.Strength;
        var scale = resolution / graph.TwoM;
        var total = new double[n];
        var size = new int[n];
        for (var v = 0; v < n; v++)
        {
            total[community[v]] += strength[v];
            size[community[v]]++;
        }
        var empty = new Stack<int>();
        for (var c = n - 1; c >= 0; c--) if (size[c] == 0) empty.Push(c);

        var queue = new int[n];
        var queued = new bool[n];
        for (var v = 0; v < n; v++) queue[v] = v;
        random.Shuffle(queue);
        Array.Fill(queued, true);
        int head = 0, count = n;

        var linkWeight = new double[n];
        var seen = new bool[n];
        var touched = new int[n];
        while (count > 0)
        {
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            count--;
            queued[v] = false;

            var current = community[v];
            var touchedCount = 0;
            for (var i = graph.Offsets[v]; i < graph.Offsets[v + 1]; i++)
            {
                var c = community[graph.Targets[i]];
                if (!seen[c])
                {
                    seen[c] = true;
                    touched[touchedCount++] = c;
                }
                linkWeight[c] += graph.Weights[i];
            }

            var kv = strength[v];
            total[current] -= kv;
            size[current]--;
            var best = current;
            var bestGain = linkWeight[current] - kv * total[current] * scale;
            for (var t = 0; t < touchedCount; t++)
            {
                var c = touched[t];
                var gain = linkWeight[c] - kv * total[c] * scale;
                if (gain > bestGain)
                {
                    best = c;
                    bestGain = gain;
                }
            }
            if (bestGain < 0 && size[current] > 0)
            {
                best = empty.Pop();
                bestGain = 0;
            }
            for (var t = 0; t < touchedCount; t++)
            {
                linkWeight[touched[t]] = 0;
                seen[touched[t]] = false;
            }

            if (best != current && size[current] == 0) empty.Push(current);
            community[v] = best;
            total[best] += kv;
            size[best]++;
            if (best == current) continue;
            for (var i = graph.Offsets[v]; i < graph.Offsets[v + 1]; i++)
            {
                var u = graph.Targets[i];
                if (queued[u] || community[u] == best) continue;
                queued[u] = true;
                queue[(head + count) % n] = u;
                count++;
            }
        }
        return Leiden.Renumber(community);
    }
}
