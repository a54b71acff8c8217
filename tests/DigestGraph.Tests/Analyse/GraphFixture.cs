using System.Text.Json;
using DigestGraph.Analyse;

namespace DigestGraph.Tests.Analyse;

/// <summary>A committed fixture graph with the reference values NetworkX and igraph computed for it (tools/reference/make_graph_fixtures.py).</summary>
public sealed class GraphFixture
{
    private readonly JsonElement _reference;

    private GraphFixture(string name, AnalysisGraph graph, JsonElement reference)
    {
        Name = name;
        Graph = graph;
        _reference = reference;
    }

    public string Name { get; }
    public AnalysisGraph Graph { get; }

    public static IEnumerable<object[]> Names() => new[] { "karate", "les-miserables", "directed", "disconnected" }.Select(n => new object[] { n });

    public static GraphFixture Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Graphs", name + ".json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var builder = new AnalysisGraphBuilder(root.GetProperty("directed").GetBoolean());
        foreach (var node in root.GetProperty("nodes").EnumerateArray()) builder.AddNode(node.GetString()!);
        foreach (var edge in root.GetProperty("edges").EnumerateArray())
            builder.AddEdge(edge[0].GetString()!, edge[1].GetString()!, edge[2].GetDouble());
        return new GraphFixture(name, builder.Build(), root.GetProperty("reference").Clone());
    }

    public bool HasReference(string key) => _reference.TryGetProperty(key, out var v) && v.ValueKind != JsonValueKind.Null;

    public double Scalar(string key) => _reference.GetProperty(key).GetDouble();

    /// <summary>A per-node reference value, in the graph's node order.</summary>
    public double[] PerNode(string key)
    {
        var values = _reference.GetProperty(key);
        return Graph.NodeIds.Select(id => values.GetProperty(id).GetDouble()).ToArray();
    }

    public Partition PartitionFrom(string key)
    {
        var values = _reference.GetProperty(key);
        return new Partition(Graph.NodeIds.Select(id => values.GetProperty(id).GetInt32()).ToArray());
    }

    public IReadOnlyList<IReadOnlyList<string>> Groups(string key) =>
        _reference.GetProperty(key).EnumerateArray()
            .Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(x => x.GetString()!).ToArray())
            .ToArray();
}
