using DigestGraph.Neo4j;

namespace DigestGraph.Tests.Neo4j;

public sealed class Neo4jSchemaTests
{
    [Theory]
    [InlineData("schema-3.cypher", 3, 1)]
    [InlineData("schema-3.cypher", 4, 0)]
    [InlineData("schema-4.cypher", 4, 2)]
    [InlineData("schema-5.cypher", 4, 4)]
    [InlineData("schema-5.cypher", 5, 26)]
    [InlineData("schema-5.cypher", 2025, 1)]
    public void The_cypher_folder_holds_the_statements_the_writer_runs(string file, int major, int minor)
    {
        var inFile = File.ReadAllLines(Path.Combine(RepoPaths.Root, "cypher", file))
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal))
            .Select(l => l.TrimEnd(';'));

        Assert.Equal(Neo4jSchema.StatementsFor(new Version(major, minor)), inFile);
    }

    [Fact]
    public void Neo4j_3_uses_the_assert_syntax_and_5_the_require_syntax()
    {
        Assert.Contains("CREATE CONSTRAINT ON (n:Paper) ASSERT n.id IS UNIQUE", Neo4jSchema.StatementsFor(new Version(3, 1)));
        Assert.Contains("CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE", Neo4jSchema.StatementsFor(new Version(5, 0)));
        Assert.All(Neo4jSchema.StatementsFor(new Version(5, 0)), s => Assert.DoesNotContain("ASSERT", s));
    }
}
