namespace DigestGraph.Analyse;

/// <summary>An assignment of every node to exactly one group, groups numbered 0..Count-1 in order of first appearance.</summary>
public sealed class Partition
{
    private readonly int[] _membership;

    public Partition(IReadOnlyList<int> membership)
    {
        _membership = new int[membership.Count];
        var renumber = new Dictionary<int, int>();
        for (var v = 0; v < membership.Count; v++)
        {
            if (!renumber.TryGetValue(membership[v], out var id)) renumber[membership[v]] = id = renumber.Count;
            _membership[v] = id;
        }
        Count = renumber.Count;
    }

    public int Count { get; }
    public int NodeCount => _membership.Length;
    public int this[int node] => _membership[node];
    public IReadOnlyList<int> Membership => _membership;

    /// <summary>The nodes of each group, in node order.</summary>
    public IReadOnlyList<int[]> Groups()
    {
        var sizes = new int[Count];
        foreach (var c in _membership) sizes[c]++;
        var groups = sizes.Select(s => new int[s]).ToArray();
        var fill = new int[Count];
        for (var v = 0; v < _membership.Length; v++) groups[_membership[v]][fill[_membership[v]]++] = v;
        return groups;
    }

    /// <summary>True when every group of this partition lies inside one group of <paramref name="coarser"/>.</summary>
    public bool Refines(Partition coarser)
    {
        if (coarser.NodeCount != NodeCount) return false;
        var parent = new int[Count];
        Array.Fill(parent, -1);
        for (var v = 0; v < NodeCount; v++)
        {
            var c = _membership[v];
            if (parent[c] < 0) parent[c] = coarser[v];
            else if (parent[c] != coarser[v]) return false;
        }
        return true;
    }
}
