namespace DigestGraph.Neo4j;

/// <summary>A Cypher statement and its parameters; values never go into the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public CypherStatement(string text) : this(text, None) { }

    /// <summary>The usual shape of a batched write: <c>UNWIND $rows AS row ...</c>.</summary>
    public static CypherStatement WithRows(string text, IReadOnlyList<object> rows) =>
        new(text, new Dictionary<string, object?> { ["rows"] = rows });
}
