namespace DigestGraph.Neo4j;

/// <summary>What went wrong talking to Neo4j, in the terms a user acts on.</summary>
public enum Neo4jErrorKind
{
    Configuration,
    Unreachable,
    Timeout,
    Authentication,
    Forbidden,
    DatabaseUnavailable,
    ConstraintViolation,
    Statement,
    Transient,
    Server,
}
