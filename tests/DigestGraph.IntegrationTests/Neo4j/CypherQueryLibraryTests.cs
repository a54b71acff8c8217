using System.Text.Json;
using DigestGraph.Neo4j;

namespace DigestGraph.IntegrationTests.Neo4j;

/// <summary>
/// Runs every saved query in cypher/queries against digests A and B (see <see cref="SampleGraphs"/>) plus two
/// clusters, and checks the leading columns of each row. Parameters not given here (name=value;name=value) come from the file's defaults.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CypherQueryLibraryTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    private static readonly string QueryFolder = Path.Combine(AppContext.BaseDirectory, "cypher", "queries");

    public static TheoryData<string, string, string[][]> Cases() => new()
    {
        { "01-models-that-beat-a-model.cypher", "model=BERT", [["FastBERT", "2403.01234"], ["Llama-3-8B-Tuned", "2404.00042"]] },
        { "01-models-that-beat-a-model.cypher", "model=bert-base", [["FastBERT", "2403.01234"], ["Llama-3-8B-Tuned", "2404.00042"]] },
        { "01-models-that-beat-a-model.cypher", "model=FastBERT", [["TinyBERT-2", "2405.11111"]] },
        { "02-benchmark-leaderboard.cypher", "benchmark=GLUE", [
            ["TinyBERT-2", "accuracy", "90.1", "2405.11111"], ["FastBERT", "accuracy", "89.5", "2403.01234"],
            ["Llama-3-8B-Tuned", "accuracy", "87.3", "2404.00042"], ["BERT", "accuracy", "85.0", "2403.01234"]] },
        { "02-benchmark-leaderboard.cypher", "benchmark=imagenet", [["VisionMamba", "top-1", "84.2"], ["ViT", "top-1", "81.0"]] },
        { "03-most-used-benchmarks.cypher", "", [["GLUE", "3", "4"], ["ImageNet", "1", "2"]] },
        { "03-most-used-benchmarks.cypher", "limit=1", [["GLUE", "3", "4"]] },
        { "04-organization-models.cypher", "organization=Google", [["BERT", """["2403.01234"]"""], ["ViT", """["2403.05678"]"""]] },
        { "04-organization-models.cypher", "organization=meta", [["Llama-3-8B-Tuned", """["2404.00042"]"""], ["VisionMamba", """["2403.05678"]"""]] },
        { "05-closest-papers.cypher", "paper=2403.01234", [["2405.11111", "TinyBERT-2: Distilling BERT Again", "4", "0.667"],
            ["2404.00042", "Llama-3-8B-Tuned: Instruction Tuning at Scale", "2", "0.25"],
            ["2403.05678", "VisionMamba: State Space Models for Vision", "1", "0.111"]] },
        { "06-shortest-path-between-entities.cypher", "from=FastBERT;to=VisionMamba", [] },
        { "07-topic-cluster-members.cypher", "", [
            ["P1", "Vision", "Model", "VisionMamba", "visionmamba", "0.3"], ["P1", "Vision", "Model", "ViT", "vit", "0.2"],
            ["P1", "Vision", "Paper", "VisionMamba: State Space Models for Vision", "2403.05678"]] },
        { "07-topic-cluster-members.cypher", "cluster=Language", [["E1", "Language", "Model", "BERT", "bert", "0.5"]] },
        { "08-topics-by-month.cypher", "", [
            ["2024-03", "Computer Vision", "1"], ["2024-03", "Efficient Inference", "1"], ["2024-03", "Natural Language Processing", "1"],
            ["2024-04", "Natural Language Processing", "1"],
            ["2024-05", "Model Compression", "1"], ["2024-05", "Natural Language Processing", "1"],
            ["2024-11", "Scientific Machine Learning", "1"]] },
        { "08-topics-by-month.cypher", "topic=Natural Language Processing", [
            ["2024-03", "Natural Language Processing", "1"], ["2024-04", "Natural Language Processing", "1"], ["2024-05", "Natural Language Processing", "1"]] },
        { "09-model-lineage.cypher", "model=TinyBERT-2", [["BERT", "1", """["BASED_ON"]""", """["2405.11111"]"""]] },
        { "09-model-lineage.cypher", "model=Llama-3-8B-Tuned", [["Llama-3", "1", """["VARIANT_OF"]"""]] },
        { "10-paper-claims.cypher", "paper=2403.01234", [
            ["FastBERT", "BASED_ON", "BERT"], ["BERT", "DEVELOPED_BY", "Google"], ["BERT", "EVALUATED_ON", "GLUE", "accuracy", "85.0"],
            ["FastBERT", "EVALUATED_ON", "GLUE", "accuracy", "89.5"], ["FastBERT", "OUTPERFORMS", "BERT"]] },
        { "11-co-mentioned-entities.cypher", "entity=GLUE", [
            ["BERT", "Model", "3"], ["FastBERT", "Model", "2"], ["Google", "Organization", "2"], ["A100", "Hardware", "1"],
            ["Llama-3-8B-Tuned", "Model", "1"], ["Meta", "Organization", "1"], ["TinyBERT-2", "Model", "1"], ["accuracy", "Metric", "1"]] },
        { "12-introduced-per-month.cypher", "", [
            ["2024-03", "Model", "2", """["FastBERT","VisionMamba"]"""], ["2024-04", "Model", "1", """["Llama-3-8B-Tuned"]"""],
            ["2024-05", "Model", "1", """["TinyBERT-2"]"""], ["2024-11", "Model", "1", """["GraphCast-X"]"""]] },
    };

    // The tests of one class run one after another with no other class in between, so the graph is loaded once.
    private static Neo4jServerFixture? _loadedInto;

    public async Task InitializeAsync()
    {
        if (ReferenceEquals(_loadedInto, neo4j)) return;
        await neo4j.ResetAsync();
        using var store = new Neo4jGraphStore(neo4j.Settings());
        await store.WriteAsync(SampleGraphs.Build(SampleGraphs.DigestA().Concat(SampleGraphs.DigestB())));
        // Hand-made clusters with the analysis's id scheme, so that the expected rows are known.
        var writer = new Neo4jGraphWriter(store.Client);
        await writer.WriteRowsAsync("""
            UNWIND $rows AS row
            MERGE (c:Cluster {id: row.cluster}) SET c.label = row.label
            WITH c, row
            MATCH (e:Entity {key: row.key}) MERGE (e)-[:IN_CLUSTER]->(c) SET e.pagerank = row.pagerank
            """,
            [
                new { cluster = "P1", label = "Vision", key = "visionmamba", pagerank = 0.3 },
                new { cluster = "P1", label = "Vision", key = "vit", pagerank = 0.2 },
                new { cluster = "E1", label = "Language", key = "bert", pagerank = 0.5 },
            ]);
        await store.Client.RunAsync(new CypherStatement(
            "MATCH (p:Paper {id: '2403.05678'}), (c:Cluster {id: 'P1'}) MERGE (p)-[:IN_CLUSTER]->(c)"));
        _loadedInto = neo4j;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_saved_query_returns_the_expected_rows(string file, string parameters, string[][] expected)
    {
        var rows = await RunAsync(file, parameters);

        if (file.StartsWith("06-", StringComparison.Ordinal))
        {
            // Several shortest paths of equal length exist: at most k (3) of them, each joining the two ends in four hops
            // through relations and mentions only (never through a cluster or a topic).
            Assert.InRange(rows.Count, 1, 3);
            foreach (var row in rows)
            {
                Assert.Equal("4", row[2]);
                Assert.StartsWith("[\"FastBERT\",", row[0]);
                Assert.EndsWith(",\"VisionMamba\"]", row[0]);
                Assert.DoesNotContain("IN_CLUSTER", row[1]);
                Assert.DoesNotContain("ABOUT", row[1]);
            }
            return;
        }
        Assert.Equal(expected.Length, rows.Count);
        for (var i = 0; i < expected.Length; i++)
            Assert.Equal(expected[i], rows[i].Take(expected[i].Length));
    }

    [Fact]
    public void Every_saved_query_has_a_case_here_and_at_least_ten_exist()
    {
        var files = Directory.GetFiles(QueryFolder, "*.cypher").Select(Path.GetFileName).Order().ToArray();
        var covered = Cases().Select(c => (string)c[0]).Distinct().Order().ToArray();

        Assert.True(files.Length >= 10, $"{files.Length} saved queries");
        Assert.Equal(files, covered);
    }

    [Fact]
    public async Task A_query_for_an_unknown_name_returns_no_rows_rather_than_failing()
    {
        Assert.Empty(await RunAsync("01-models-that-beat-a-model.cypher", "model=NoSuchModel"));
        Assert.Empty(await RunAsync("05-closest-papers.cypher", "paper=9999.99999"));
    }

    private async Task<IReadOnlyList<string[]>> RunAsync(string file, string parameters)
    {
        var query = CypherQueryFile.Load(Path.Combine(QueryFolder, file));
        var given = new Dictionary<string, object?>();
        foreach (var assignment in parameters.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = CypherParameterValue.ParseAssignment(assignment);
            given[name] = value;
        }
        using var client = neo4j.NewClient();
        var result = await client.RunAsync(query.ToStatement(given));
        return result.Rows.Select(r => r.Select(Text).ToArray()).ToArray();
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };
}
