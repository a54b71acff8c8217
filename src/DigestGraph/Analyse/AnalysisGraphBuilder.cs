using System.Runtime.CompilerServices;

namespace DigestGraph.Analyse;

/// <summary>Collects nodes and weighted edges, then packs them into an <see cref="AnalysisGraph"/>; parallel edges sum their weights.</summary>
internal sealed class AnalysisGraphBuilder(bool directed)
{
    private readonly List<string> _ids = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<int> _sources = [];
    private readonly List<int> _targets = [];
    private readonly List<double> _weights = [];

    /// <summary>Adds a node if it is new; returns its index either way.</summary>
    public int AddNode(string id)
    {
        if (_index.TryGetValue(id, out var i)) return i;
        _index[id] = _ids.Count;
        _ids.Add(id);
        return _ids.Count - 1;
    }

    /// <summary>Adds nodes 0..count-1 named by their index (synthetic and fixture graphs).</summary>
    public AnalysisGraphBuilder AddNumberedNodes(int count)
    {
        for (var i = _ids.Count; i < count; i++) AddNode(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return this;
    }

    public AnalysisGraphBuilder AddEdge(string source, string target, double weight = 1) =>
        AddEdge(AddNode(source), AddNode(target), weight);

    public AnalysisGraphBuilder AddEdge(int source, int target, double weight = 1)
    {
        if ((uint)source >= (uint)_ids.Count || (uint)target >= (uint)_ids.Count)
            throw new ArgumentOutOfRangeException(nameof(source), $"Edge {source}->{target} names a node that was not added.");
        if (!double.IsFinite(weight) || weight < 0)
            throw new ArgumentOutOfRangeException(nameof(weight), $"Edge {source}->{target} has weight {weight}; weights must be finite and non-negative.");
        _sources.Add(source);
        _targets.Add(target);
        _weights.Add(weight);
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AnalysisGraph Build()
    {
        var n = _ids.Count;
        var offsets = new int[n + 1];
        for (var e = 0; e < _sources.Count; e++)
        {
            offsets[_sources[e] + 1]++;
            if (!directed && _sources[e] != _targets[e]) offsets[_targets[e] + 1]++;
        }
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        var cursor = offsets[..^1].ToArray();
        var targets = new int[offsets[n]];
        var weights = new double[offsets[n]];
        for (var e = 0; e < _sources.Count; e++)
        {
            int s = _sources[e], t = _targets[e];
            var slot = cursor[s]++;
            targets[slot] = t;
            weights[slot] = _weights[e];
            if (directed || s == t) continue;
            slot = cursor[t]++;
            targets[slot] = s;
            weights[slot] = _weights[e];
        }
        return MergeParallel(n, offsets, targets, weights);
    }

    // Rows are sorted by target so that neighbour order, and with it every seeded algorithm, is reproducible.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AnalysisGraph MergeParallel(int n, int[] offsets, int[] targets, double[] weights)
    {
        var newOffsets = new int[n + 1];
        var write = 0;
        for (var v = 0; v < n; v++)
        {
            int start = offsets[v], end = offsets[v + 1];
            Array.Sort(targets, weights, start, end - start);
            newOffsets[v] = write;
            for (var i = start; i < end; i++)
            {
                if (write > newOffsets[v] && targets[write - 1] == targets[i])
                {
                    weights[write - 1] += weights[i];
                    continue;
                }
                targets[write] = targets[i];
                weights[write] = weights[i];
                write++;
            }
        }
        newOffsets[n] = write;
        return new AnalysisGraph(_ids.ToArray(), directed, newOffsets, targets[..write], weights[..write]);
    }
}
