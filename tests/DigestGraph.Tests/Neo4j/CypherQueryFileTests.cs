using DigestGraph.Neo4j;

namespace DigestGraph.Tests.Neo4j;

public sealed class CypherQueryFileTests
{
    [Theory]
    [InlineData("null", null)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("20", 20L)]
    [InlineData("-3", -3L)]
    [InlineData("2403.01234", "2403.01234")]
    [InlineData("GPT-4o", "GPT-4o")]
    [InlineData("\"42\"", "42")]
    [InlineData("  Natural Language Processing ", "Natural Language Processing")]
    public void Parameter_values_are_typed_only_when_unambiguous(string text, object? expected) =>
        Assert.Equal(expected, CypherParameterValue.Parse(text));

    [Fact]
    public void Json_lists_become_lists()
    {
        var value = Assert.IsType<object?[]>(CypherParameterValue.Parse("""["BERT", 3, null]"""));
        Assert.Equal(["BERT", 3L, null], value);
    }

    [Theory]
    [InlineData("model=BERT", "model", "BERT")]
    [InlineData("$model = a=b", "model", "a=b")]
    public void Assignments_split_at_the_first_equals_sign(string text, string name, string value)
    {
        var (n, v) = CypherParameterValue.ParseAssignment(text);
        Assert.Equal((name, value), (n, (string)v!));
    }

    [Theory]
    [InlineData("no-equals")]
    [InlineData("=value")]
    [InlineData("bad name=1")]
    public void Malformed_assignments_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => CypherParameterValue.ParseAssignment(text));

    [Fact]
    public void Header_defaults_are_read_and_given_parameters_override_them()
    {
        var file = CypherQueryFile.Parse("q.cypher", """
            // Leaderboard.
            // @param benchmark = GLUE
            // @param limit = 10
            MATCH (b:Benchmark {name: $benchmark}) RETURN b LIMIT $limit;
            """);

        var statement = file.ToStatement(new Dictionary<string, object?> { ["limit"] = 3L });

        Assert.Equal("GLUE", statement.Parameters["benchmark"]);
        Assert.Equal(3L, statement.Parameters["limit"]);
        Assert.EndsWith("LIMIT $limit", statement.Text);
    }

    [Fact]
    public void A_bad_header_line_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<FormatException>(() => CypherQueryFile.Parse("q.cypher", "// ok\n// @param broken\nRETURN 1"));
        Assert.StartsWith("q.cypher:2:", error.Message);
    }

    [Fact]
    public void A_file_with_only_comments_is_rejected() =>
        Assert.Throws<FormatException>(() => CypherQueryFile.Parse("q.cypher", "// nothing here\n\n"));

    [Fact]
    public void Every_saved_query_file_parses_and_declares_a_header()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "cypher", "queries"), "*.cypher");
        Assert.True(files.Length >= 10);
        foreach (var path in files)
        {
            var query = CypherQueryFile.Load(path);
            Assert.StartsWith("//", query.Text);
            foreach (var name in query.Defaults.Keys) Assert.Contains("$" + name, query.Text);
        }
    }
}
