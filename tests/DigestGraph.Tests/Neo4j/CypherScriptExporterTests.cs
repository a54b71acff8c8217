using System.Text;
using System.Text.RegularExpressions;
using DigestGraph.Extract.Lexicon;
using DigestGraph.Neo4j;
using DigestGraph.Tests.Export;
using DigestGraph.Extract;
using DigestGraph.Graph;
using DigestGraph.Ingest;

namespace DigestGraph.Tests.Neo4j;

public sealed class CypherScriptExporterTests
{
    private const string ParamPrefix = ":param rows => ";

    private static string[] ScriptLines(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        new CypherScriptExporter().Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Each statement with the rows of the :param line before it.</summary>
    private static List<(string Statement, List<Dictionary<string, object?>> Rows)> Batches(string[] lines)
    {
        var batches = new List<(string, List<Dictionary<string, object?>>)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(ParamPrefix, StringComparison.Ordinal)) continue;
            var rows = ((List<object?>)CypherLiteralReader.Read(lines[i][ParamPrefix.Length..])!).Cast<Dictionary<string, object?>>().ToList();
            batches.Add((lines[i + 1], rows));
        }
        return batches;
    }

    private static int RowCount(string[] lines, string statementPart) =>
        Batches(lines).Where(b => b.Statement.Contains(statementPart, StringComparison.Ordinal)).Sum(b => b.Rows.Count);

    [Fact]
    public void Statements_hold_no_values_only_parameters()
    {
        var lines = ScriptLines(SampleGraph.Create());
        var statements = lines.Where(l => !l.StartsWith("//") && !l.StartsWith(':')).ToList();

        Assert.All(statements, s => Assert.DoesNotMatch("['\"]", s));
        Assert.All(statements, s => Assert.EndsWith(";", s));
        Assert.All(statements.Where(s => !s.StartsWith("CREATE CONSTRAINT")), s => Assert.StartsWith("UNWIND $rows AS row ", s));
        Assert.Equal(lines.Count(l => l.StartsWith(ParamPrefix)), statements.Count(s => s.StartsWith("UNWIND")));
        Assert.All(lines.Where(l => l.StartsWith(':')), l => Assert.StartsWith(ParamPrefix + "[", l));
    }

    [Fact]
    public void Every_node_and_edge_is_loaded_once()
    {
        var lines = ScriptLines(SampleGraph.Create());

        Assert.Equal(SampleGraph.Papers, RowCount(lines, "MERGE (p:Paper"));
        Assert.Equal(SampleGraph.Entities, RowCount(lines, "MERGE (e:Entity"));
        Assert.Equal(SampleGraph.Topics, RowCount(lines, "MERGE (:Topic"));
        Assert.Equal(SampleGraph.TopicLinks, RowCount(lines, "[r:ABOUT]"));
        Assert.Equal(SampleGraph.Mentions, RowCount(lines, "[:MENTIONS]"));
        Assert.Equal(SampleGraph.Introduced, RowCount(lines, "[:INTRODUCES]"));
        Assert.Equal(SampleGraph.Relations, RowCount(lines, "MATCH (s:Entity"));
    }

    [Fact]
    public void Names_and_text_with_quotes_backticks_and_line_breaks_arrive_verbatim()
    {
        var lines = ScriptLines(SampleGraph.Create());
        var rows = Batches(lines).SelectMany(b => b.Rows).ToList();

        Assert.Contains(rows, r => r.GetValueOrDefault("name") as string == SampleGraph.AwkwardName);
        Assert.Contains(rows, r => r.GetValueOrDefault("abstract") as string == SampleGraph.AwkwardAbstract);
        Assert.DoesNotContain(lines, l => l.Contains(SampleGraph.AwkwardName, StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_and_relationship_types_come_only_from_the_enums()
    {
        var lines = ScriptLines(SampleGraph.Create()).Where(l => l.StartsWith("UNWIND"));
        var allowed = Enum.GetNames<EntityType>().Concat(RelationTypeNames.All)
            .Concat(["Paper", "Entity", "Topic", "ABOUT", "MENTIONS", "INTRODUCES"]).ToHashSet();

        var used = lines.SelectMany(l => Regex.Matches(l, @"(?:\(\w*|\[\w*|SET \w+):(\w+)").Select(m => m.Groups[1].Value)).ToHashSet();

        Assert.Subset(allowed, used);
        Assert.Contains("Method", used);
        Assert.Contains("EVALUATED_ON", used);
    }

    [Fact]
    public void Large_graphs_are_loaded_in_batches()
    {
        var papers = Enumerable.Range(1, 1_200)
            .Select(i => new Paper($"2401.{i:D5}", $"Paper {i}", null, $"https://arxiv.org/abs/2401.{i:D5}", "A.", [], new SourceLocation("x.md", i)))
            .Select(p => new PaperExtraction(p, [new ExtractedEntity($"Model{p.Id}", EntityType.Model)], [], [], null));
        var graph = new GraphBuilder(EntityLexicon.Default).AddRange(papers).Build();

        var batches = Batches(ScriptLines(graph)).Where(b => b.Statement.Contains("MERGE (p:Paper")).ToList();

        Assert.Equal(3, batches.Count);
        Assert.All(batches, b => Assert.InRange(b.Rows.Count, 1, 500));
        Assert.Equal(1_200, batches.Sum(b => b.Rows.Count));
    }

    [Theory]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("a\\b", @"'a\\b'")]
    [InlineData("line\nnext\r", @"'line\nnext\r'")]
    [InlineData("say \"hi\" `x`", "'say \\\"hi\\\" `x`'")]
    [InlineData("sep\u2028x\u0001", @"'sep\u2028x\u0001'")]
    public void String_literals_escape_what_would_end_them_or_the_line(string value, string literal)
    {
        var sb = new StringBuilder();
        CypherLiteral.AppendString(sb, value);

        Assert.Equal(literal, sb.ToString());
        Assert.Equal(value, CypherLiteralReader.Read(sb.ToString()));
    }
}
