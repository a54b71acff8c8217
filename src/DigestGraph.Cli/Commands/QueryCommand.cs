using System.CommandLine;
using System.Text.Json;
using DigestGraph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DigestGraph.Cli.Commands;

/// <summary>
/// <c>digestgraph query FILE.cypher [--param name=value]... [--format table|json]</c>: runs a saved query (defaults
/// from its <c>// @param</c> header, overridden by --param) against Neo4j and prints the rows.
/// Exit codes: 0 done, 2 bad query file, parameter or configuration, 3 Neo4j error.
/// </summary>
public static class QueryCommand
{
    public const int ExitBadInput = 2;

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A .cypher file, e.g. cypher/queries/02-benchmark-leaderboard.cypher" };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A query parameter name=value (repeatable); null, true, false, whole numbers and JSON lists are typed, the rest are strings",
            AllowMultipleArgumentsPerToken = false,
        };
        var format = new Option<string>("--format") { Description = "table (default) or json (one JSON object per row)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var neo4j = new Neo4jOptions();
        var command = new Command("query", "Run a saved Cypher query against Neo4j and print the rows");
        command.Arguments.Add(file);
        command.Options.Add(parameters);
        command.Options.Add(format);
        neo4j.AddTo(command, writes: false);
        command.SetAction(async (parseResult, ct) =>
        {
            var overrides = neo4j.Overrides(parseResult);
            using var host = AppHost.Create(overrides);
            var console = parseResult.InvocationConfiguration;
            return await RunAsync(
                Neo4jOptions.Resolve(overrides, host.Services.GetRequiredService<IConfiguration>()),
                parseResult.GetValue(file)!, parseResult.GetValue(parameters) ?? [], parseResult.GetValue(format)!,
                console.Output, console.Error, ct);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        Neo4jSettings? settings, string file, IReadOnlyList<string> parameters, string format, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        CypherStatement statement;
        try
        {
            var given = parameters.Select(CypherParameterValue.ParseAssignment).ToDictionary(p => p.Name, p => p.Value);
            statement = CypherQueryFile.Load(file).ToStatement(given);
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return ExitBadInput;
        }
        if (settings is null)
        {
            stderr.WriteLine("error: no Neo4j configured; give --neo4j http://host:7474 or set NEO4J_URI (and NEO4J_PASSWORD)");
            return ExitBadInput;
        }

        StatementResult result;
        try
        {
            using var client = new Neo4jHttpClient(settings);
            result = await client.RunAsync(statement, ct);
        }
        catch (Neo4jException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return e.Kind == Neo4jErrorKind.Configuration ? ExitBadInput : Neo4jOptions.ExitNeo4jError;
        }

        ResultPrinter.Write(stdout, format, result.Columns, result.Rows);
        stderr.WriteLine($"{result.Rows.Count} row(s)");
        return 0;
    }
}
