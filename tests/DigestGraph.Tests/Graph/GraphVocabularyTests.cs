using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DigestGraph.Extract;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Tests.Extract;
using DigestGraph.Export;
using DigestGraph.Graph;
using DigestGraph.Neo4j;
using DigestGraph.Pipeline;

namespace DigestGraph.Tests.Graph;

/// <summary>
/// Every label and relationship type DigestGraph writes (files of <c>build seeds/</c>, the neo4j-admin CSV, the
/// statements sent to Neo4j) and the saved queries read is one of <see cref="GraphVocabulary"/>'s: a misspelt
/// <c>Papers</c> or <c>MENTION</c> would otherwise make a graph whose queries silently find nothing.
/// </summary>
public sealed class GraphVocabularyTests(GraphVocabularyTests.SeedsBuild build) : IClassFixture<GraphVocabularyTests.SeedsBuild>
{
    /// <summary><c>build seeds/</c> once, into a temporary directory, with the neo4j-admin CSV files of the same graph beside it.</summary>
    public sealed class SeedsBuild : IDisposable
    {
        private readonly TempDirectory _dir = new();

        public SeedsBuild()
        {
            var useCases = new UseCases(ExtractorHarness.Shipped, ExtractionKnowledge.Default.Lexicon);
            Run = useCases.BuildAsync(new CorpusOptions([RepoPaths.Seeds], Out), neo4j: null).GetAwaiter().GetResult();
            new GraphFileWriter(Neo4jAdminCsvExporter.Files()).WriteAll(Run.Graph, Csv);
        }

        public CorpusRun<BuildOutput> Run { get; }
        public string Out => Path.Combine(_dir.Path, "out");
        public string Csv => Path.Combine(_dir.Path, "csv");

        public void Dispose() => _dir.Dispose();
    }

    /// <summary>Answers every Cypher request with empty results and keeps the statements.</summary>
    private sealed class RecordingNeo4j : HttpMessageHandler
    {
        public List<string> Statements { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            if (request.Method == HttpMethod.Get)
                return Json("""{ "transaction": "http://localhost:7474/db/{databaseName}/tx", "neo4j_version": "5.26.0" }""");
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(ct));
            var texts = body.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("statement").GetString()!).ToArray();
            lock (Statements) Statements.AddRange(texts);
            return Json($$"""{ "results": [{{string.Join(", ", texts.Select(_ => """{ "columns": [], "data": [] }"""))}}], "errors": [] }""");
        }

        private static HttpResponseMessage Json(string text) =>
            new(HttpStatusCode.OK) { Content = new StringContent(text, Encoding.UTF8, "application/json") };
    }

    [Fact]
    public void The_files_of_build_seeds_name_only_labels_and_types_of_the_vocabulary()
    {
        var script = File.ReadAllLines(Path.Combine(build.Out, "graph.cypher")).Where(l => !l.StartsWith(':') && !l.StartsWith("//", StringComparison.Ordinal));
        var (scriptLabels, scriptTypes) = CypherNames.Read(string.Join("\n", script));
        AssertInVocabulary("graph.cypher", scriptLabels, scriptTypes);

        var graphml = XDocument.Load(Path.Combine(build.Out, "graph.graphml"));
        AssertInVocabulary("graph.graphml", Data(graphml, "n_kind"), Data(graphml, "e_label"));

        var html = File.ReadAllText(Path.Combine(build.Out, "report.html"));
        var start = html.IndexOf("id=\"report-data\">", StringComparison.Ordinal) + "id=\"report-data\">".Length;
        using var report = JsonDocument.Parse(html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)]);
        var edgeKinds = report.RootElement.GetProperty("graph").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("kind").GetString()!);
        var relationTypes = report.RootElement.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("type").GetString()!);
        AssertInVocabulary("report.html", [], [.. edgeKinds, .. relationTypes]);
        Assert.Contains(GraphVocabulary.InCluster, edgeKinds);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(build.Out, "graph.json")));
        AssertInVocabulary("graph.json", [], json.RootElement.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("type").GetString()!));
    }

    [Fact]
    public void The_neo4j_admin_files_name_only_labels_and_types_of_the_vocabulary()
    {
        var labels = new List<string>();
        var types = new List<string>();
        foreach (var file in Directory.GetFiles(build.Csv, "*.csv"))
        {
            var rows = CsvRows(File.ReadAllText(file));
            var header = rows[0];
            // ID spaces name the label of the nodes they identify: id:ID(Paper), :START_ID(Entity).
            labels.AddRange(header.Select(h => h!).Where(h => h.Contains("ID(", StringComparison.Ordinal)).Select(h => h[(h.IndexOf('(') + 1)..^1]));
            var label = header.IndexOf(":LABEL");
            var type = header.IndexOf(":TYPE");
            foreach (var row in rows.Skip(1))
            {
                if (label >= 0) labels.AddRange(row[label]!.Split(Neo4jAdminCsvExporter.ArrayDelimiter));
                if (type >= 0) types.Add(row[type]!);
            }
        }

        AssertInVocabulary("neo4j-admin CSV", labels, types);
        Assert.Contains(GraphVocabulary.Label(EntityType.Model), labels);
    }

    [Fact]
    public async Task The_statements_sent_to_Neo4j_name_every_label_and_type_of_the_vocabulary_and_no_other()
    {
        var neo4j = new RecordingNeo4j();
        using var client = new Neo4jHttpClient(new Neo4jSettings { Uri = new Uri("http://localhost:7474"), BatchSize = 20 }, neo4j);

        await Neo4jSchema.EnsureAsync(client);
        await new Neo4jGraphWriter(client).WriteAsync(build.Run.Graph);
        await new Neo4jGraphReader(client).ReadAsync();
        await new Neo4jAnalysisWriter(client).WriteAsync(build.Run.Output!.Analysis);
        var statements = neo4j.Statements
            .Concat(new[] { new Version(3, 1), new Version(4, 2) }.SelectMany(Neo4jSchema.StatementsFor))
            .Concat(ContributionStatements.For(PaperContributions.Split(build.Run.Graph).Take(3).ToArray(), new HashSet<string>(StringComparer.Ordinal) { build.Run.Graph.Papers[0].Id }).Select(s => s.Text));
        var names = statements.Select(CypherNames.Read).ToArray();
        var labels = names.SelectMany(n => n.Labels).ToHashSet(StringComparer.Ordinal);
        var types = names.SelectMany(n => n.Types).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(GraphVocabulary.Labels.Order(StringComparer.Ordinal), labels.Order(StringComparer.Ordinal));
        Assert.Equal(GraphVocabulary.RelationshipTypes.Order(StringComparer.Ordinal), types.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_saved_queries_the_schema_files_and_the_browser_guide_read_only_the_vocabulary()
    {
        var cypher = Directory.GetFiles(Path.Combine(RepoPaths.Root, "cypher"), "*.cypher", SearchOption.AllDirectories);
        Assert.True(cypher.Length > 10, $"only {cypher.Length} Cypher files found");
        foreach (var file in cypher)
        {
            var (labels, types) = CypherNames.Read(File.ReadAllText(file));
            AssertInVocabulary(Path.GetFileName(file), labels, types);
        }

        var guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "guide", "digestgraph.html"));
        var runnable = Regex.Matches(guide, "<pre[^>]*>(.*?)</pre>", RegexOptions.Singleline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
        Assert.NotEmpty(runnable);
        var (guideLabels, guideTypes) = CypherNames.Read(string.Join("\n", runnable));
        AssertInVocabulary("guide/digestgraph.html", guideLabels, guideTypes);
    }

    [Fact]
    public void A_label_or_type_outside_the_vocabulary_is_found_in_every_place_a_statement_names_one()
    {
        var (labels, types) = CypherNames.Read("""
            MATCH (p:Papers {id: 'x:Y'})-[:MENTION|:INTRODUCES]->(e:Entity:Modell) WHERE e:Metrics AND type(r) = 'CITES'
            MATCH (a)-[r:USED_BY*1..3]->(b) SET b:Tool
            CREATE INDEX ON :Topics(name)
            """);

        Assert.Equal(["Entity", "Metrics", "Modell", "Papers", "Tool", "Topics"], labels.Order(StringComparer.Ordinal));
        Assert.Equal(["CITES", "INTRODUCES", "MENTION", "USED_BY"], types.Order(StringComparer.Ordinal));
    }

    private static void AssertInVocabulary(string where, IEnumerable<string> labels, IEnumerable<string> types)
    {
        Assert.Empty(labels.Where(l => !GraphVocabulary.Labels.Contains(l)).Distinct().Select(l => $"{where}: label {l}"));
        Assert.Empty(types.Where(t => !GraphVocabulary.RelationshipTypes.Contains(t)).Distinct().Select(t => $"{where}: relationship type {t}"));
    }

    private static IEnumerable<string> Data(XDocument graphml, string key) =>
        graphml.Descendants().Where(d => d.Name.LocalName == "data" && (string?)d.Attribute("key") == key).Select(d => d.Value);

    /// <summary>neo4j-admin CSV: every present value quoted (quotes doubled, line breaks inside), an absent one empty.</summary>
    private static List<List<string?>> CsvRows(string text)
    {
        var rows = new List<List<string?>>();
        var row = new List<string?>();
        for (var i = 0; i < text.Length;)
        {
            string? field = null;
            if (text[i] == '"')
            {
                var value = new StringBuilder();
                for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                    value.Append(text[i] == '"' ? text[i++] : text[i]);
                field = value.ToString();
                i++;
            }
            row.Add(field);
            if (i < text.Length && text[i] == '\n')
            {
                rows.Add(row);
                row = [];
            }
            i++;
        }
        return rows;
    }
}
