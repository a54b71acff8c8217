namespace DigestGraph.Neo4j;

/// <summary>What discovery found: the server's version and the endpoint that commits a transaction in one request.</summary>
public sealed record Neo4jServerInfo(Version Version, string? Edition, Uri CommitUri);
