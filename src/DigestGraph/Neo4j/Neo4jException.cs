namespace DigestGraph.Neo4j;

/// <summary>A failure reaching or using Neo4j. Messages never contain the password.</summary>
public sealed class Neo4jException(Neo4jErrorKind kind, string message, string? code = null, Exception? inner = null)
    : Exception(message, inner)
{
    public Neo4jErrorKind Kind { get; } = kind;

    /// <summary>Neo4j's status code (e.g. Neo.ClientError.Statement.SyntaxError) when the server sent one.</summary>
    public string? Code { get; } = code;

    /// <summary>
    /// Worth retrying: the server may answer differently in a moment. A time-out is not: the statement may still be
    /// running, and repeating it would only add load.
    /// </summary>
    public bool IsTransient => Kind is Neo4jErrorKind.Transient or Neo4jErrorKind.Unreachable;
}
