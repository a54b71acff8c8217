using System.Runtime.CompilerServices;

namespace DigestGraph.Analyse;

/// <summary>One thread's buffers for Brandes' single-source shortest paths and dependency accumulation.</summary>
internal sealed class BrandesWorkspace
{
    private readonly AnalysisGraph _graph;
    private readonly AnalysisGraph _incoming;
    private readonly bool _weighted;
    private readonly double[] _distance;
    private readonly double[] _paths;
    private readonly double[] _dependency;
    private readonly int[] _order;
    private readonly bool[] _settled;
    private readonly PriorityQueue<int, double> _heap = new();

    public BrandesWorkspace(AnalysisGraph graph, bool weighted)
    {
        _graph = graph;
        _incoming = graph.Reverse();
        _weighted = weighted;
        var n = graph.NodeCount;
        _distance = new double[n];
        _paths = new double[n];
        _dependency = new double[n];
        _order = new int[n];
        _settled = new bool[n];
        Array.Fill(_distance, double.PositiveInfinity);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    /// <summary>Adds the dependencies of every node on <paramref name="source"/> to <paramref name="centrality"/>.</summary>
    public void Accumulate(int source, double[] centrality)
    {
        var settled = _weighted ? Dijkstra(source) : BreadthFirst(source);
        // Predecessors are found again from distances instead of being stored: w precedes v when d(w) + len(w,v) == d(v).
        int[] offsets = _incoming.Offsets, from = _incoming.Targets;
        double[] lengths = _incoming.Weights, distance = _distance, paths = _paths, dependency = _dependency;
        for (var i = settled - 1; i >= 0; i--)
        {
            var v = _order[i];
            var factor = (1 + dependency[v]) / paths[v];
            var dv = distance[v];
            if (_weighted)
            {
                for (var j = offsets[v]; j < offsets[v + 1]; j++)
                {
                    var w = from[j];
                    if (distance[w] < dv && distance[w] + lengths[j] == dv) dependency[w] += paths[w] * factor;
                }
            }
            else
            {
                var previous = dv - 1;
                for (var j = offsets[v]; j < offsets[v + 1]; j++)
                {
                    var w = from[j];
                    if (distance[w] == previous) dependency[w] += paths[w] * factor;
                }
            }
            if (v != source) centrality[v] += dependency[v];
        }
        for (var i = 0; i < settled; i++)
        {
            var v = _order[i];
            _distance[v] = double.PositiveInfinity;
            _paths[v] = 0;
            _dependency[v] = 0;
            _settled[v] = false;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int BreadthFirst(int source)
    {
        int[] offsets = _graph.Offsets, targets = _graph.Targets, order = _order;
        double[] distance = _distance, paths = _paths;
        var head = 0;
        var tail = 0;
        distance[source] = 0;
        paths[source] = 1;
        order[tail++] = source;
        while (head < tail)
        {
            var v = order[head++];
            var next = distance[v] + 1;
            for (var j = offsets[v]; j < offsets[v + 1]; j++)
            {
                var w = targets[j];
                if (double.IsPositiveInfinity(distance[w]))
                {
                    distance[w] = next;
                    order[tail++] = w;
                }
                if (distance[w] == next) paths[w] += paths[v];
            }
        }
        return tail;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Dijkstra(int source)
    {
        var settled = 0;
        _heap.Clear();
        _distance[source] = 0;
        _paths[source] = 1;
        _heap.Enqueue(source, 0);
        while (_heap.TryDequeue(out var v, out var d))
        {
            if (_settled[v]) continue;
            _settled[v] = true;
            _order[settled++] = v;
            var targets = _graph.Neighbours(v);
            var lengths = _graph.NeighbourWeights(v);
            for (var j = 0; j < targets.Length; j++)
            {
                var w = targets[j];
                if (w == v) continue;
                var via = d + lengths[j];
                if (via < _distance[w])
                {
                    _distance[w] = via;
                    _paths[w] = _paths[v];
                    _heap.Enqueue(w, via);
                }
                else if (via == _distance[w] && !_settled[w]) _paths[w] += _paths[v];
            }
        }
        return settled;
    }
}
