using System.Globalization;
using System.Text.Json;
using DigestGraph.IntegrationTests.Cli;
using DigestGraph.Query;
using DigestGraph.Neo4j;
using DigestGraph.Tests;

namespace DigestGraph.IntegrationTests.Query;

/// <summary>
/// The seeds built once with <c>build --neo4j</c>; then every question of <c>ask</c> (on the graph.json that build
/// wrote, through the CLI) must give the rows its Cypher file gives in the live Neo4j, in the same order.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class AskAgreesWithCypherTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    private static readonly string QueryFolder = Path.Combine(AppContext.BaseDirectory, "cypher", "queries");
    private static readonly string Out = Path.Combine(Path.GetTempPath(), $"digestgraph-ask-{Environment.ProcessId}");

    // The tests of one class run one after another with no other class in between, so the seeds are built once.
    private static Neo4jServerFixture? _builtInto;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var question in QuestionCatalog.Questions) cases.Add(question.Name, "");
        // Other arguments, typed as users type them where the Cypher file folds case too.
        cases.Add("models-that-beat-a-model", "model=internvl2-8b");
        cases.Add("models-that-beat-a-model", "model=clip");
        cases.Add("benchmark-leaderboard", "benchmark=imagenet");
        cases.Add("benchmark-leaderboard", "benchmark=MathVista");
        cases.Add("most-used-benchmarks", "limit=3");
        cases.Add("organization-models", "organization=salesforce");
        cases.Add("closest-papers", "paper=2501.06425");
        cases.Add("shortest-path-between-entities", "k=10");
        cases.Add("shortest-path-between-entities", "from=o1");
        cases.Add("topics-by-month", "topic=Large Language Models");
        cases.Add("model-lineage", "model=InternVL2-8B");
        cases.Add("paper-claims", "paper=2411.10440");
        cases.Add("co-mentioned-entities", "entity=GPT-4o");
        cases.Add("introduced-per-month", "type=Model");
        return cases;
    }

    public async Task InitializeAsync()
    {
        if (ReferenceEquals(_builtInto, neo4j)) return;
        await neo4j.ResetAsync();
        var build = await CliRunner.RunAsync(
            "build", RepoPaths.Seeds, "--out", Out,
            "--neo4j", neo4j.Server.HttpUri.ToString(), "--neo4j-user", neo4j.Server.User, "--neo4j-password", neo4j.Server.Password);
        Assert.True(build.ExitCode == 0, build.Stderr);
        _builtInto = neo4j;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Ask_gives_the_rows_of_the_cypher_file(string question, string argument)
    {
        var saved = QuestionCatalog.Find(question);
        var given = new Dictionary<string, object?>();
        if (argument.Length > 0)
        {
            var (name, value) = CypherParameterValue.ParseAssignment(argument);
            given[name] = value;
        }
        using var client = neo4j.NewClient();
        var cypher = await client.RunAsync(CypherQueryFile.Load(Path.Combine(QueryFolder, saved.File)).ToStatement(given));
        var expected = cypher.Rows.Select(r => string.Join(" | ", r.Select(Canonical))).ToArray();

        string[] args = argument.Length > 0 ? ["ask", question, "--param", argument] : ["ask", question];
        var ask = await CliRunner.RunAsync([.. args, "--graph", Path.Combine(Out, "graph.json"), "--format", "json"]);
        Assert.True(ask.ExitCode == 0, ask.Stderr);
        var rows = ask.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        if (question == "shortest-path-between-entities")
            // Neo4j 3.1 has the shortest paths only; ask goes on to longer ones when fewer than k are shortest.
            rows = rows.Where(r => r.GetProperty("hops").GetInt32() == rows[0].GetProperty("hops").GetInt32()).ToArray();
        var actual = rows.Select(r => string.Join(" | ", cypher.Columns.Select(c => Canonical(r.GetProperty(c))))).ToArray();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_saved_query_but_those_needing_neo4j_is_a_question()
    {
        var files = Directory.GetFiles(QueryFolder, "*.cypher").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var questions = QuestionCatalog.Questions.Select(q => q.File).Concat(QuestionCatalog.NeedsNeo4j.Keys).Order(StringComparer.Ordinal);
        Assert.Equal(files, questions);
    }

    /// <summary>A value as text both sides agree on: numbers by value (Neo4j writes 1.0 where .NET writes 1).</summary>
    private static string Canonical(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.Array => "[" + string.Join(", ", value.EnumerateArray().Select(Canonical)) + "]",
        JsonValueKind.String => JsonSerializer.Serialize(value.GetString()),
        _ => value.GetRawText(),
    };
}
