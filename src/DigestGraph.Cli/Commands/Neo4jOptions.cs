using System.CommandLine;
using DigestGraph.Neo4j;
using Microsoft.Extensions.Configuration;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// The <c>--neo4j</c> flags shared by every command that talks to Neo4j, and the settings they resolve to
/// (flags, then DIGESTGRAPH__NEO4J__*, then NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE, then appsettings.json).
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>Exit code when Neo4j cannot be reached or refuses the work.</summary>
    public const int ExitNeo4jError = 3;

    public Option<string?> Uri { get; } = new("--neo4j") { Description = "Neo4j HTTP URI, e.g. http://localhost:7474 (default: DigestGraph:Neo4j:Uri or NEO4J_URI)" };
    public Option<string?> User { get; } = new("--neo4j-user") { Description = "Neo4j user (default: DigestGraph:Neo4j:User or NEO4J_USER, else neo4j)" };
    public Option<string?> Password { get; } = new("--neo4j-password") { Description = "Neo4j password (prefer NEO4J_PASSWORD: flags show in the process list)" };
    public Option<string?> Database { get; } = new("--neo4j-database") { Description = "Neo4j database on 4.x/5.x (default: neo4j)" };
    public Option<int?> BatchSize { get; } = new("--neo4j-batch-size") { Description = "Nodes plus relationships per write transaction (default: 5000)" };
    public Option<int?> Writers { get; } = new("--neo4j-writers") { Description = "Write transactions in flight at once (default: 1; 2 wrote 1.14x faster on Neo4j 3.1)" };

    /// <summary>Adds the connection flags, and with <paramref name="writes"/> the flags that tune writing (a query writes nothing).</summary>
    public void AddTo(Command command, bool writes = true)
    {
        foreach (var option in new Option[] { Uri, User, Password, Database })
            command.Options.Add(option);
        if (!writes) return;
        command.Options.Add(BatchSize);
        command.Options.Add(Writers);
    }

    /// <summary>The flags as configuration overrides, keyed like <see cref="Neo4jSettingsResolver"/> reads them.</summary>
    public Dictionary<string, string?> Overrides(ParseResult parseResult) => new()
    {
        [Neo4jSettingsResolver.UriKey] = parseResult.GetValue(Uri),
        [Neo4jSettingsResolver.UserKey] = parseResult.GetValue(User),
        [Neo4jSettingsResolver.PasswordKey] = parseResult.GetValue(Password),
        [Neo4jSettingsResolver.DatabaseKey] = parseResult.GetValue(Database),
        [Neo4jSettingsResolver.BatchSizeKey] = parseResult.GetValue(BatchSize)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [Neo4jSettingsResolver.WritersKey] = parseResult.GetValue(Writers)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Null when no URI is configured anywhere.</summary>
    public static Neo4jSettings? Resolve(IReadOnlyDictionary<string, string?> overrides, IConfiguration configuration) =>
        Neo4jSettingsResolver.Resolve(overrides, Environment.GetEnvironmentVariable, key => configuration[key]);
}
