using System.Net;
using System.Text.RegularExpressions;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;
using DigestGraph.Neo4j;
using DigestGraph.Pipeline;
using DigestGraph.Tests;

namespace DigestGraph.IntegrationTests.Guide;

/// <summary>
/// Runs every query of the Neo4j Browser guide (guide/digestgraph.html) on Neo4j 3.1 holding the seeds graph, with
/// clusters and centrality written the way the analysis stage stores them: each must run and answer with rows.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class NeoBrowserGuideQueriesTests(Neo4jServerFixture neo4j) : IAsyncLifetime
{
    public static TheoryData<int, string> Queries()
    {
        var html = File.ReadAllText(Path.Combine(RepoPaths.Root, "guide", "digestgraph.html"));
        var data = new TheoryData<int, string>();
        var i = 0;
        foreach (Match m in Regex.Matches(html, @"<pre mode=""cypher"" class=""pre-scrollable code runnable"">(.*?)</pre>", RegexOptions.Singleline))
            data.Add(++i, WebUtility.HtmlDecode(m.Groups[1].Value));
        return data;
    }

    public async Task InitializeAsync()
    {
        await neo4j.ResetAsync();
        var input = new CorpusReader(strict: true).Read([RepoPaths.Seeds]);
        var extractor = Extractors.RuleOnly();
        var graph = new GraphBuilder(EntityLexicon.Default).AddRange(input.Papers.Select(extractor.Extract)).Build();
        using var store = new Neo4jGraphStore(neo4j.Settings());
        await store.WriteAsync(graph);

        await StoredGraphAnalysis.RunAsync(store, null);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Each_guide_query_runs_on_neo4j_3_1_and_answers_on_the_seeds(int number, string query)
    {
        using var client = neo4j.NewClient();

        var result = await client.RunAsync(new CypherStatement(query));

        Assert.True(result.Rows.Count > 0, $"guide query {number} returned no rows on the seeds:\n{query}");
    }
}
