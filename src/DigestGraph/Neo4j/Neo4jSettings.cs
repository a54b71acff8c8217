namespace DigestGraph.Neo4j;

/// <summary>
/// Where and how to reach Neo4j. <see cref="ToString"/> never shows the password, so a settings object can be logged.
/// </summary>
public sealed record Neo4jSettings
{
    public const string DefaultDatabase = "neo4j";

    public required Uri Uri { get; init; }
    public string User { get; init; } = "neo4j";
    public string Password { get; init; } = "";
    public string Database { get; init; } = DefaultDatabase;

    /// <summary>Upper bound on nodes plus relationships written in one transaction (a paper is never split).</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>
    /// Batches written concurrently, each in its own transaction. On Neo4j 3.1 they partly wait for each other (creating
    /// a relationship locks both ends until commit, and every batch links to the popular entities): 1.14x for two.
    /// </summary>
    public int Writers { get; init; } = 1;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Attempts after the first one for transient errors (server restarting, Neo.TransientError.*).</summary>
    public int MaxRetries { get; init; } = 4;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The URI without any user-info part, safe for messages.</summary>
    public string DisplayUri => new UriBuilder(Uri) { UserName = "", Password = "" }.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');

    public override string ToString() =>
        $"Neo4j {DisplayUri} user={User} database={Database} password={(Password.Length > 0 ? "(set)" : "(empty)")}";
}
