namespace DigestGraph.Neo4j;

/// <summary>
/// Picks each Neo4j setting from, highest first: command-line flags, <c>DIGESTGRAPH__NEO4J__*</c> environment
/// variables, the common <c>NEO4J_URI</c>/<c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c>/<c>NEO4J_DATABASE</c>, then
/// configuration (appsettings.json). Empty values count as unset.
/// </summary>
public static class Neo4jSettingsResolver
{
    public const string UriKey = "DigestGraph:Neo4j:Uri";
    public const string UserKey = "DigestGraph:Neo4j:User";
    public const string PasswordKey = "DigestGraph:Neo4j:Password";
    public const string DatabaseKey = "DigestGraph:Neo4j:Database";
    public const string BatchSizeKey = "DigestGraph:Neo4j:BatchSize";
    public const string WritersKey = "DigestGraph:Neo4j:Writers";

    /// <summary>Returns null when no URI is configured anywhere (the caller then writes files instead).</summary>
    /// <param name="flags">Flag values keyed like configuration (<see cref="UriKey"/>...).</param>
    /// <param name="environment">Environment variable lookup.</param>
    /// <param name="configuration">Configuration lookup by key (appsettings.json and what was layered on it).</param>
    public static Neo4jSettings? Resolve(
        IReadOnlyDictionary<string, string?> flags,
        Func<string, string?> environment,
        Func<string, string?> configuration)
    {
        string? Pick(string key, string commonVariable)
        {
            var fromFlag = flags.GetValueOrDefault(key);
            if (!string.IsNullOrEmpty(fromFlag)) return fromFlag;
            var variable = key.Replace(":", "__", StringComparison.Ordinal);
            var fromPrefixed = environment(variable.ToUpperInvariant()) ?? environment(variable);
            if (!string.IsNullOrEmpty(fromPrefixed)) return fromPrefixed;
            var fromCommon = environment(commonVariable);
            if (!string.IsNullOrEmpty(fromCommon)) return fromCommon;
            var fromConfig = configuration(key);
            return string.IsNullOrEmpty(fromConfig) ? null : fromConfig;
        }

        var uriText = Pick(UriKey, "NEO4J_URI");
        if (uriText is null) return null;
        var uri = ParseUri(uriText);

        // A URI may carry user:password (http://neo4j:secret@host:7474); explicit settings win over it.
        var (uriUser, uriPassword) = SplitUserInfo(uri);
        var batchText = Pick(BatchSizeKey, "NEO4J_BATCH_SIZE");
        var writersText = Pick(WritersKey, "NEO4J_WRITERS");
        var defaults = new Neo4jSettings { Uri = uri };
        return new Neo4jSettings
        {
            Uri = new UriBuilder(uri) { UserName = "", Password = "" }.Uri,
            User = Pick(UserKey, "NEO4J_USER") ?? uriUser ?? "neo4j",
            Password = Pick(PasswordKey, "NEO4J_PASSWORD") ?? uriPassword ?? "",
            Database = Pick(DatabaseKey, "NEO4J_DATABASE") ?? Neo4jSettings.DefaultDatabase,
            BatchSize = batchText is null ? defaults.BatchSize : ParsePositive(batchText, "batch size"),
            Writers = writersText is null ? defaults.Writers : ParsePositive(writersText, "writer count"),
        };
    }

    /// <summary>Accepts http(s) URIs, a bare host:port (http assumed), and neo4j/bolt URIs mapped to HTTP on 7474.</summary>
    public static Uri ParseUri(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.Contains("://", StringComparison.Ordinal)) trimmed = "http://" + trimmed;
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
            throw new Neo4jException(Neo4jErrorKind.Configuration, $"'{Redact(text)}' is not a valid Neo4j URI (expected e.g. http://localhost:7474)");
        return uri.Scheme switch
        {
            "http" or "https" => uri,
            // Only the HTTP API is spoken here; the Bolt schemes of the usual NEO4J_URI point at the same host.
            "bolt" or "neo4j" => new UriBuilder(uri) { Scheme = "http", Port = 7474 }.Uri,
            "bolt+s" or "neo4j+s" or "bolt+ssc" or "neo4j+ssc" => new UriBuilder(uri) { Scheme = "https", Port = 7473 }.Uri,
            _ => throw new Neo4jException(Neo4jErrorKind.Configuration,
                $"Neo4j URI scheme '{uri.Scheme}' is not supported (use http:// or https://)"),
        };
    }

    private static int ParsePositive(string text, string setting) =>
        int.TryParse(text, out var value) && value > 0
            ? value
            : throw new Neo4jException(Neo4jErrorKind.Configuration, $"Neo4j {setting} '{text}' is not a positive integer");

    private static (string? User, string? Password) SplitUserInfo(Uri uri)
    {
        if (string.IsNullOrEmpty(uri.UserInfo)) return (null, null);
        var parts = uri.UserInfo.Split(':', 2);
        return (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null);
    }

    private static string Redact(string uriText)
    {
        var at = uriText.IndexOf('@', StringComparison.Ordinal);
        var scheme = uriText.IndexOf("://", StringComparison.Ordinal);
        return at < 0 ? uriText : uriText[..(scheme < 0 ? 0 : scheme + 3)] + "***@" + uriText[(at + 1)..];
    }
}
