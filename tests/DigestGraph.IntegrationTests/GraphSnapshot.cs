using System.Text.Json;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests;

/// <summary>The whole database as sorted text lines (labels, properties, relationship endpoints), for exact comparisons.</summary>
public sealed record GraphSnapshot(IReadOnlyList<string> Nodes, IReadOnlyList<string> Relationships)
{
    public static async Task<GraphSnapshot> ReadAsync(Neo4jHttpClient client)
    {
        var nodes = await client.RunAsync(new CypherStatement("MATCH (n) RETURN labels(n), properties(n)"));
        var rels = await client.RunAsync(new CypherStatement(
            "MATCH (a)-[r]->(b) RETURN coalesce(a.id, a.key, a.name), type(r), coalesce(b.id, b.key, b.name), properties(r)"));
        return new GraphSnapshot(
            nodes.Rows.Select(r => $"{Sorted(r[0])} {Canonical(r[1])}").Order(StringComparer.Ordinal).ToArray(),
            rels.Rows.Select(r => $"{r[0]} -{r[1]}-> {r[2]} {Canonical(r[3])}").Order(StringComparer.Ordinal).ToArray());
    }

    public static async Task<long> CountAsync(Neo4jHttpClient client, string cypher)
    {
        var result = await client.RunAsync(new CypherStatement(cypher));
        return result.Rows[0][0].GetInt64();
    }

    /// <summary>Same nodes and relationships with the same labels and properties; a failure lists the differing lines.</summary>
    public static void AssertSame(GraphSnapshot expected, GraphSnapshot actual)
    {
        Assert.Equal(expected.Nodes, actual.Nodes);
        Assert.Equal(expected.Relationships, actual.Relationships);
    }

    private static string Sorted(JsonElement labels) => string.Join(':', labels.EnumerateArray().Select(l => l.GetString()).Order(StringComparer.Ordinal));

    /// <summary>Properties with keys sorted, so two reads of the same data compare equal.</summary>
    private static string Canonical(JsonElement map) =>
        string.Join(", ", map.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={p.Value.GetRawText()}"));
}
