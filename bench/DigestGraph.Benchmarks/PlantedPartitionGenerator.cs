using System.Globalization;
using System.Text;

namespace DigestGraph.Benchmarks;

/// <summary>
/// Synthetic graphs with planted communities: community sizes uniform in [MinCommunity, MaxCommunity]; each edge joins a
/// uniformly chosen node to a node of its own community with probability 1 − Mixing, otherwise to any node. No
/// self-loops or duplicate edges. Written as "# nodes N" then "u v" lines.
/// </summary>
public sealed record PlantedPartitionGenerator(int Nodes, int Edges, double Mixing = 0.3, int MinCommunity = 20, int MaxCommunity = 200, int Seed = 1)
{
    public void WriteEdgeList(string path)
    {
        var random = new Random(Seed);
        var community = new int[Nodes];
        var starts = new List<int>();
        for (var start = 0; start < Nodes;)
        {
            starts.Add(start);
            var size = Math.Min(random.Next(MinCommunity, MaxCommunity + 1), Nodes - start);
            for (var v = start; v < start + size; v++) community[v] = starts.Count - 1;
            start += size;
        }
        starts.Add(Nodes);

        var seen = new HashSet<long>(Edges);
        var text = new StringBuilder(Edges * 14);
        text.Append(CultureInfo.InvariantCulture, $"# nodes {Nodes}\n");
        while (seen.Count < Edges)
        {
            var u = random.Next(Nodes);
            var c = community[u];
            var v = random.NextDouble() < Mixing ? random.Next(Nodes) : random.Next(starts[c], starts[c + 1]);
            if (u == v || !seen.Add((long)Math.Min(u, v) * Nodes + Math.Max(u, v))) continue;
            text.Append(CultureInfo.InvariantCulture, $"{u} {v}\n");
        }
        File.WriteAllText(path, text.ToString());
    }
}
