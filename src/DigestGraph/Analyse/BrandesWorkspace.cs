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
        Centrality = new double[n];
        Array.Fill(_distance, double.PositiveInfinity);
    }

    public double[] Centrality { get; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Accumulate(int source)
    {
        var settled = _weighted ? Dijkstra(source) : BreadthFirst(source);
        // Predecessors are found again from distances instead of being stored: w precedes v when d(w) + len(w,v) == d(v).
        for (var i = settled - 1; i >= 0; i--)
        {
            var v = _order[i];
            var factor = (1 + _dependency[v]) / _paths[v];
            var from = _incoming.Neighbours(v);
            var lengths = _incoming.NeighbourWeights(v);
            for (var j = 0; j < from.Length; j++)
            {
                var w = from[j];
                if (w == v) continue;
                var via = _distance[w] + (_weighted ? lengths[j] : 1);
                if (via == _distance[v] && _distance[w] < _distance[v]) _dependency[w] += _paths[w] * factor;
            }
            if (v != source) Centrality[v] += _dependency[v];
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
        var head = 0;
        var tail = 0;
        _distance[source] = 0;
        _paths[source] = 1;
        _order[tail++] = source;
        while (head < tail)
        {
            var v = _order[head++];
            var next = _distance[v] + 1;
            foreach (var w in _graph.Neighbours(v))
            {
                if (double.IsPositiveInfinity(_distance[w]))
                {
                    _distance[w] = next;
                    _order[tail++] = w;
                }
                if (_distance[w] == next) _paths[w] += _paths[v];
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
