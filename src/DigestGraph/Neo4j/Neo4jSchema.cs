using DigestGraph.Graph;

namespace DigestGraph.Neo4j;

/// <summary>
/// Uniqueness constraints (which also index the keys the writer MERGEs on) and lookup indexes, in the syntax the
/// server's version accepts. The same statements live in <c>cypher/schema-*.cypher</c>; a test keeps them equal.
/// </summary>
internal static class Neo4jSchema
{
    /// <summary>(name, label, property) of each uniqueness constraint; Cluster nodes are written by the analysis stage.</summary>
    private static readonly (string Name, string Label, string Property)[] Unique =
    [
        ("paper_id", GraphVocabulary.Paper, "id"),
        ("entity_key", GraphVocabulary.Entity, "key"),
        ("topic_name", GraphVocabulary.Topic, "name"),
        ("cluster_id", GraphVocabulary.Cluster, "id"),
    ];

    private static readonly (string Name, string Label, string Property)[] Indexed =
    [
        ("entity_name", GraphVocabulary.Entity, "name"),
        ("paper_title", GraphVocabulary.Paper, "title"),
    ];

    public static IReadOnlyList<string> StatementsFor(Version server)
    {
        var v = server.Major;
        if (v <= 3 || (v == 4 && server.Minor == 0))
            return
            [
                .. Unique.Select(u => $"CREATE CONSTRAINT ON (n:{u.Label}) ASSERT n.{u.Property} IS UNIQUE"),
                .. Indexed.Select(i => $"CREATE INDEX ON :{i.Label}({i.Property})"),
            ];
        var constraint = v == 4 && server.Minor < 4
            ? (Func<(string Name, string Label, string Property), string>)(u => $"CREATE CONSTRAINT {u.Name} IF NOT EXISTS ON (n:{u.Label}) ASSERT n.{u.Property} IS UNIQUE")
            : u => $"CREATE CONSTRAINT {u.Name} IF NOT EXISTS FOR (n:{u.Label}) REQUIRE n.{u.Property} IS UNIQUE";
        return
        [
            .. Unique.Select(constraint),
            .. Indexed.Select(i => $"CREATE INDEX {i.Name} IF NOT EXISTS FOR (n:{i.Label}) ON (n.{i.Property})"),
        ];
    }

    /// <summary>Creates what is missing; each statement on its own because schema and data changes cannot share a transaction.</summary>
    public static async Task EnsureAsync(Neo4jHttpClient client, CancellationToken ct = default)
    {
        var server = await client.GetServerInfoAsync(ct).ConfigureAwait(false);
        foreach (var statement in StatementsFor(server.Version))
        {
            try
            {
                await client.RunAsync(new CypherStatement(statement), ct).ConfigureAwait(false);
            }
            // 4.0 has no IF NOT EXISTS and reports an existing rule as an error.
            catch (Neo4jException e) when (e.Code?.EndsWith("AlreadyExists", StringComparison.Ordinal) == true)
            {
            }
        }
    }
}
