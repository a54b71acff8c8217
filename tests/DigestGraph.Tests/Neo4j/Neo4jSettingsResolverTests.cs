using DigestGraph.Neo4j;

namespace DigestGraph.Tests.Neo4j;

public sealed class Neo4jSettingsResolverTests
{
    private static readonly Dictionary<string, string?> NoFlags = [];

    private static Func<string, string?> Lookup(params (string Key, string Value)[] values)
    {
        var map = values.ToDictionary(v => v.Key, v => v.Value);
        return key => map.GetValueOrDefault(key);
    }

    private static readonly Func<string, string?> AppSettings = Lookup(
        (Neo4jSettingsResolver.UriKey, "http://from-appsettings:7474"),
        (Neo4jSettingsResolver.UserKey, "neo4j"),
        (Neo4jSettingsResolver.PasswordKey, ""),
        (Neo4jSettingsResolver.DatabaseKey, "neo4j"));

    [Fact]
    public void No_uri_anywhere_means_no_neo4j()
    {
        var settings = Neo4jSettingsResolver.Resolve(NoFlags, Lookup(), Lookup((Neo4jSettingsResolver.UriKey, ""), (Neo4jSettingsResolver.UserKey, "neo4j")));
        Assert.Null(settings);
    }

    [Fact]
    public void Appsettings_alone_are_used()
    {
        var settings = Neo4jSettingsResolver.Resolve(NoFlags, Lookup(), AppSettings)!;
        Assert.Equal("http://from-appsettings:7474/", settings.Uri.ToString());
        Assert.Equal("neo4j", settings.User);
        Assert.Equal("", settings.Password);
        Assert.Equal("neo4j", settings.Database);
    }

    [Fact]
    public void Common_neo4j_variables_beat_appsettings()
    {
        var env = Lookup(("NEO4J_URI", "http://common:7474"), ("NEO4J_USER", "reader"), ("NEO4J_PASSWORD", "pw-common"), ("NEO4J_DATABASE", "papers"));
        var settings = Neo4jSettingsResolver.Resolve(NoFlags, env, AppSettings)!;
        Assert.Equal(("http://common:7474/", "reader", "pw-common", "papers"), (settings.Uri.ToString(), settings.User, settings.Password, settings.Database));
    }

    [Fact]
    public void Digestgraph_variables_beat_the_common_ones()
    {
        var env = Lookup(("NEO4J_URI", "http://common:7474"), ("NEO4J_PASSWORD", "pw-common"),
            ("DIGESTGRAPH__NEO4J__URI", "http://prefixed:7474"), ("DIGESTGRAPH__NEO4J__PASSWORD", "pw-prefixed"));
        var settings = Neo4jSettingsResolver.Resolve(NoFlags, env, AppSettings)!;
        Assert.Equal("http://prefixed:7474/", settings.Uri.ToString());
        Assert.Equal("pw-prefixed", settings.Password);
    }

    [Fact]
    public void Flags_beat_everything_and_empty_flags_do_not_count()
    {
        var env = Lookup(("DIGESTGRAPH__NEO4J__URI", "http://prefixed:7474"), ("NEO4J_USER", "reader"), ("DIGESTGRAPH__NEO4J__BATCHSIZE", "300"));
        var flags = new Dictionary<string, string?>
        {
            [Neo4jSettingsResolver.UriKey] = "https://flag:7473",
            [Neo4jSettingsResolver.PasswordKey] = "pw-flag",
            [Neo4jSettingsResolver.UserKey] = "",
        };
        var settings = Neo4jSettingsResolver.Resolve(flags, env, AppSettings)!;
        Assert.Equal("https://flag:7473/", settings.Uri.ToString());
        Assert.Equal("pw-flag", settings.Password);
        Assert.Equal("reader", settings.User);
        Assert.Equal(300, settings.BatchSize);
    }

    [Theory]
    [InlineData("localhost:7474", "http://localhost:7474/")]
    [InlineData("bolt://db.example.org:7687", "http://db.example.org:7474/")]
    [InlineData("neo4j+s://db.example.org", "https://db.example.org:7473/")]
    [InlineData("https://db.example.org:7473", "https://db.example.org:7473/")]
    public void Uris_are_normalised_to_the_http_api(string given, string expected) =>
        Assert.Equal(expected, Neo4jSettingsResolver.ParseUri(given).ToString());

    [Fact]
    public void Credentials_in_the_uri_are_used_but_not_kept_in_it()
    {
        var settings = Neo4jSettingsResolver.Resolve(new Dictionary<string, string?> { [Neo4jSettingsResolver.UriKey] = "http://ana:p%40ss@db:7474" }, Lookup(), Lookup())!;
        Assert.Equal(("ana", "p@ss"), (settings.User, settings.Password));
        Assert.Equal("http://db:7474/", settings.Uri.ToString());
    }

    [Theory]
    [InlineData("ftp://db:21")]
    [InlineData("http://")]
    public void Unusable_uris_are_a_configuration_error(string given) =>
        Assert.Equal(Neo4jErrorKind.Configuration, Assert.Throws<Neo4jException>(() => Neo4jSettingsResolver.ParseUri(given)).Kind);

    [Theory]
    [InlineData("DIGESTGRAPH__NEO4J__BATCHSIZE", "lots")]
    [InlineData("DIGESTGRAPH__NEO4J__WRITERS", "0")]
    [InlineData("NEO4J_WRITERS", "two")]
    public void A_bad_batch_size_or_writer_count_is_a_configuration_error(string variable, string value)
    {
        var env = Lookup(("NEO4J_URI", "http://db:7474"), (variable, value));
        var error = Assert.Throws<Neo4jException>(() => Neo4jSettingsResolver.Resolve(NoFlags, env, Lookup()));
        Assert.Equal(Neo4jErrorKind.Configuration, error.Kind);
        Assert.Contains($"'{value}'", error.Message);
    }

    [Fact]
    public void Writers_come_from_a_flag_or_the_environment_and_default_to_one()
    {
        var env = Lookup(("NEO4J_URI", "http://db:7474"), ("NEO4J_WRITERS", "3"));
        Assert.Equal(1, Neo4jSettingsResolver.Resolve(NoFlags, Lookup(("NEO4J_URI", "http://db:7474")), Lookup())!.Writers);
        Assert.Equal(3, Neo4jSettingsResolver.Resolve(NoFlags, env, Lookup())!.Writers);
        var flags = new Dictionary<string, string?> { [Neo4jSettingsResolver.WritersKey] = "2" };
        Assert.Equal(2, Neo4jSettingsResolver.Resolve(flags, env, Lookup())!.Writers);
    }
}
