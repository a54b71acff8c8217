using DigestGraph.Neo4j;

namespace DigestGraph.Tests.Neo4j;

public sealed class Neo4jDiscoveryTests
{
    private static readonly Uri Configured = new("https://graph.example.org:7473");

    [Fact]
    public void Neo4j_5_root_gives_the_per_database_commit_endpoint_on_the_configured_host()
    {
        const string root = """
            { "bolt_routing": "neo4j://localhost:7687", "transaction": "http://localhost:7474/db/{databaseName}/tx",
              "bolt_direct": "bolt://localhost:7687", "neo4j_version": "5.26.0", "neo4j_edition": "community" }
            """;

        var doc = Neo4jDiscovery.ParseRoot(root, Configured, "research");

        Assert.NotNull(doc.Info);
        Assert.Equal(new Version(5, 26, 0), doc.Info!.Version);
        Assert.Equal("community", doc.Info.Edition);
        Assert.Equal("https://graph.example.org:7473/db/research/tx/commit", doc.Info.CommitUri.ToString());
    }

    [Fact]
    public void Neo4j_4_root_with_an_enterprise_version_suffix()
    {
        const string root = """{ "transaction": "http://db:7474/db/{databaseName}/tx", "neo4j_version": "4.4.12-enterprise" }""";

        var doc = Neo4jDiscovery.ParseRoot(root, new Uri("http://localhost:7474"), "neo4j");

        Assert.Equal(new Version(4, 4, 12), doc.Info!.Version);
        Assert.Equal("http://localhost:7474/db/neo4j/tx/commit", doc.Info.CommitUri.ToString());
    }

    [Fact]
    public void Neo4j_3_root_points_at_the_data_document_which_names_the_transaction_endpoint()
    {
        const string root = """{ "management": "http://localhost:7474/db/manage/", "data": "http://localhost:7474/db/data/", "bolt": "bolt://localhost:7687" }""";
        const string data = """{ "node": "http://localhost:7474/db/data/node", "transaction": "http://localhost:7474/db/data/transaction", "neo4j_version": "3.1.1" }""";

        var doc = Neo4jDiscovery.ParseRoot(root, Configured, "neo4j");
        var info = Neo4jDiscovery.ParseData(data, doc.DataUri!);

        Assert.Null(doc.Info);
        Assert.Equal("https://graph.example.org:7473/db/data/", doc.DataUri!.ToString());
        Assert.Equal(new Version(3, 1, 1), info.Version);
        Assert.Equal("https://graph.example.org:7473/db/data/transaction/commit", info.CommitUri.ToString());
    }

    [Theory]
    [InlineData("<html>not neo4j</html>")]
    [InlineData("""{ "hello": "world" }""")]
    public void A_root_that_is_not_neo4j_is_reported(string body) =>
        Assert.Throws<FormatException>(() => Neo4jDiscovery.ParseRoot(body, Configured, "neo4j"));

    [Theory]
    [InlineData("3.1.1", 3, 1)]
    [InlineData("5.26.0", 5, 26)]
    [InlineData("2025.01.0", 2025, 1)]
    [InlineData("4.4.12-enterprise", 4, 4)]
    [InlineData("5", 5, 0)]
    [InlineData(null, 0, 0)]
    public void Versions_are_parsed_leniently(string? text, int major, int minor)
    {
        var v = Neo4jDiscovery.ParseVersion(text);
        Assert.Equal((major, minor), (v.Major, v.Minor));
    }
}
