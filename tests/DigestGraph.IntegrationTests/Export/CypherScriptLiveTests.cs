using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Export;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Pipeline;
using DigestGraph.Neo4j;
using DigestGraph.Tests;

namespace DigestGraph.IntegrationTests.Export;

/// <summary>
/// Plays graph.cypher against the live server as <c>cypher-shell -f</c> would (each <c>:param rows =&gt; literal</c>
/// sets <c>$rows</c> for the statement after it) and holds the result to what the Neo4j writer stores for the same graph.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CypherScriptLiveTests(Neo4jServerFixture neo4j)
{
    private const string ParamPrefix = ":param rows => ";

    // Each breaks a naive literal or statement in its own way: quotes, a backtick, an injection attempt, a line
    // break, a backslash, a control character, CJK, combining and astral characters.
    private const string Quoted = "O'Brien \"Net\" `v2`";
    private const string Injection = "Evil`}) DETACH DELETE n //";
    private const string TwoLines = "Line one\nline two\\ end";
    private const string Unicode = "扩散模型 Ünïcödé 🚀";
    private const string AwkwardAbstract = "It's \"quoted\" `x`}) DETACH DELETE n //\r\nA bell\u0007, a $rows and {braces}; 中文 🚀";

    [Fact]
    public async Task The_seeds_script_loads_the_graph_the_writer_writes_and_a_second_run_changes_nothing()
    {
        var graph = GraphPipeline.Run([RepoPaths.Seeds], false, Extractors.RuleOnly(), EntityLexicon.Default).Graph;
        Assert.NotEmpty(graph.Papers);

        await AssertScriptMatchesWriterAsync(graph);
    }

    [Fact]
    public async Task Awkward_names_and_text_load_verbatim_and_match_the_writer()
    {
        var graph = AwkwardGraph();

        await AssertScriptMatchesWriterAsync(graph);

        using var client = neo4j.NewClient();
        foreach (var name in new[] { Quoted, Injection, TwoLines, Unicode })
        {
            var stored = await client.RunAsync(new CypherStatement("MATCH (e:Entity {key: $key}) RETURN e.name",
                new Dictionary<string, object?> { ["key"] = NameFolding.Fold(name) }));
            Assert.Equal(name, stored.Rows.Single()[0].GetString());
        }
        var paper = (await client.RunAsync(new CypherStatement("MATCH (p:Paper {id: '2501.00001'}) RETURN p.title, p.abstract"))).Rows.Single();
        Assert.Equal(Injection, paper[0].GetString());
        Assert.Equal(AwkwardAbstract, paper[1].GetString());
        var relation = (await client.RunAsync(new CypherStatement(
            "MATCH ()-[r:EVALUATED_ON]->() RETURN r.metric, r.value, r.evidence"))).Rows.Single();
        Assert.Equal([Quoted, TwoLines, AwkwardAbstract], relation.Select(v => v.GetString()));
    }

    /// <summary>
    /// The script into an empty database equals the writer's graph (its fingerprint aside, which only the writer keeps
    /// to skip unchanged papers), and playing it again on top changes nothing.
    /// </summary>
    private async Task AssertScriptMatchesWriterAsync(KnowledgeGraph graph)
    {
        await neo4j.ResetAsync();
        using (var store = new Neo4jGraphStore(neo4j.Settings()))
            await store.WriteAsync(graph);
        using var client = neo4j.NewClient();
        await client.RunAsync(new CypherStatement("MATCH (p:Paper) REMOVE p.fingerprint"));
        var written = await GraphSnapshot.ReadAsync(client);

        await neo4j.ResetAsync();
        var script = Script(graph);
        await PlayAsync(client, script);
        var loaded = await GraphSnapshot.ReadAsync(client);
        await PlayAsync(client, script);
        var reloaded = await GraphSnapshot.ReadAsync(client);

        Assert.NotEmpty(written.Nodes);
        GraphSnapshot.AssertSame(written, loaded);
        GraphSnapshot.AssertSame(loaded, reloaded);
    }

    private static string Script(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        new CypherScriptExporter().Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Runs the script's statements one by one, each with the rows of the <c>:param</c> line before it.</summary>
    private static async Task PlayAsync(Neo4jHttpClient client, string script)
    {
        // The script's CREATE CONSTRAINT lines are Neo4j 5 syntax, which the 3.1 test server rejects: they are
        // skipped and the same constraints are made by Neo4jSchema in the syntax this server accepts.
        await Neo4jSchema.EnsureAsync(client);
        object? rows = null;
        var statements = 0;
        foreach (var line in script.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            if (line.StartsWith("CREATE CONSTRAINT ", StringComparison.Ordinal)) continue;
            if (line.StartsWith(ParamPrefix, StringComparison.Ordinal))
            {
                var literal = line[ParamPrefix.Length..];
                rows = CypherLiteralReader.Read(literal);
                await AssertServerReadsLiteralAsAsync(client, literal, rows);
                continue;
            }
            Assert.StartsWith("UNWIND $rows AS row ", line);
            Assert.EndsWith(";", line);
            Assert.True(rows is not null, $"statement without a :param line before it: {line}");
            // cypher-shell ends a statement at ';' and sends it without.
            await client.RunAsync(new CypherStatement(line[..^1], new Dictionary<string, object?> { ["rows"] = rows }));
            rows = null;
            statements++;
        }
        Assert.True(statements > 0, "the script ran no statement");
    }

    /// <summary>cypher-shell evaluates a <c>:param</c> expression on the server: the server must read the literal as the test does.</summary>
    private static async Task AssertServerReadsLiteralAsAsync(Neo4jHttpClient client, string literal, object? expected)
    {
        var result = await client.RunAsync(new CypherStatement($"RETURN {literal} AS rows"));
        var fromServer = JsonNode.Parse(result.Rows.Single()[0].GetRawText());
        var fromReader = JsonSerializer.SerializeToNode(expected);
        Assert.True(JsonNode.DeepEquals(fromServer, fromReader), $"the server reads the literal differently: {fromServer?.ToJsonString()}");
    }

    private static KnowledgeGraph AwkwardGraph()
    {
        var first = new Paper("2501.00001", Injection, TwoLines, "https://arxiv.org/abs/2501.00001", AwkwardAbstract,
            ["https://github.com/o'brien/`net`"], new SourceLocation("digest 'a'.md", 3));
        var second = new Paper("2501.00002", Unicode, null, "https://arxiv.org/abs/2501.00002", "Plain.", [], new SourceLocation("b.md", 9));
        return SampleGraphs.Build(
        [
            new(first,
                [
                    SampleGraphs.Entity(Quoted, EntityType.Model, introduced: true, Injection + " alias", "it's"),
                    SampleGraphs.Entity(Injection, EntityType.Method),
                    SampleGraphs.Benchmark(TwoLines),
                    SampleGraphs.Entity(Unicode, EntityType.Organization),
                ],
                [
                    new ExtractedRelation(RelationType.EvaluatedOn, Quoted, TwoLines, AwkwardAbstract) { Metric = Quoted, Value = TwoLines },
                    SampleGraphs.Rel(RelationType.BasedOn, Quoted, Injection),
                    SampleGraphs.Rel(RelationType.DevelopedBy, Quoted, Unicode),
                ],
                [Injection, "Topic \"two\"\nnext"], Injection),
            new(second,
                [SampleGraphs.Entity(Unicode, EntityType.Organization), SampleGraphs.Entity(Quoted, EntityType.Model)],
                [SampleGraphs.Rel(RelationType.Uses, Unicode, Quoted)],
                [Unicode], null),
        ]);
    }
}
