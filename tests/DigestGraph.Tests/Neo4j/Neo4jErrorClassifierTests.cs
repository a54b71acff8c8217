using System.Net;
using DigestGraph.Neo4j;

namespace DigestGraph.Tests.Neo4j;

public sealed class Neo4jErrorClassifierTests
{
    private static readonly Neo4jSettings Settings = new()
    {
        Uri = new Uri("http://graph.local:7474"), User = "analyst", Password = "s3cret-pw", Database = "research",
    };

    [Theory]
    [InlineData("Neo.ClientError.Security.Unauthorized", Neo4jErrorKind.Authentication)]
    [InlineData("Neo.ClientError.Security.AuthenticationRateLimit", Neo4jErrorKind.Authentication)]
    [InlineData("Neo.ClientError.Security.Forbidden", Neo4jErrorKind.Forbidden)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", Neo4jErrorKind.Statement)]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", Neo4jErrorKind.Statement)]
    [InlineData("Neo.ClientError.Request.InvalidFormat", Neo4jErrorKind.Statement)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", Neo4jErrorKind.ConstraintViolation)]
    [InlineData("Neo.ClientError.Database.DatabaseNotFound", Neo4jErrorKind.DatabaseUnavailable)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", Neo4jErrorKind.DatabaseUnavailable)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", Neo4jErrorKind.Transient)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", Neo4jErrorKind.Transient)]
    [InlineData("Neo.DatabaseError.General.UnknownError", Neo4jErrorKind.Server)]
    public void Status_codes_map_to_what_the_user_must_fix(string code, Neo4jErrorKind kind) =>
        Assert.Equal(kind, Neo4jErrorClassifier.KindOf(code));

    [Fact]
    public void Only_transient_failures_are_worth_a_retry()
    {
        Assert.True(new Neo4jException(Neo4jErrorKind.Transient, "x").IsTransient);
        Assert.True(new Neo4jException(Neo4jErrorKind.Unreachable, "x").IsTransient);
        Assert.False(new Neo4jException(Neo4jErrorKind.Timeout, "x").IsTransient);
        Assert.False(new Neo4jException(Neo4jErrorKind.Authentication, "x").IsTransient);
        Assert.False(new Neo4jException(Neo4jErrorKind.ConstraintViolation, "x").IsTransient);
    }

    [Fact]
    public void Messages_name_the_user_server_and_database_but_never_the_password()
    {
        var auth = Neo4jErrorClassifier.FromServerError("Neo.ClientError.Security.Unauthorized", "Invalid username or password.", Settings);
        var echoed = Neo4jErrorClassifier.FromServerError("Neo.ClientError.Statement.SyntaxError", "Invalid input near 's3cret-pw'", Settings);
        var missing = Neo4jErrorClassifier.FromServerError("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist.", Settings);
        var unreachable = Neo4jErrorClassifier.Unreachable(Settings, new HttpRequestException("Connection refused (graph.local:7474)"));

        Assert.Contains("user 'analyst'", auth.Message);
        Assert.Contains("http://graph.local:7474", auth.Message);
        Assert.Contains("'research'", missing.Message);
        Assert.Contains("unreachable at http://graph.local:7474", unreachable.Message);
        Assert.Contains("Connection refused", unreachable.Message);
        foreach (var e in new[] { auth, echoed, missing, unreachable })
            Assert.DoesNotContain("s3cret-pw", e.Message);
        Assert.Contains("SyntaxError", echoed.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, Neo4jErrorKind.Authentication)]
    [InlineData(HttpStatusCode.NotFound, Neo4jErrorKind.DatabaseUnavailable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, Neo4jErrorKind.Transient)]
    [InlineData(HttpStatusCode.InternalServerError, Neo4jErrorKind.Server)]
    public void Bare_http_statuses_are_classified(HttpStatusCode status, Neo4jErrorKind kind) =>
        Assert.Equal(kind, Neo4jErrorClassifier.FromHttpStatus(status, Settings, "running Cypher").Kind);

    [Fact]
    public void Settings_print_without_the_password()
    {
        var text = (Settings with { Uri = new Uri("http://analyst:s3cret-pw@graph.local:7474") }).ToString();
        Assert.DoesNotContain("s3cret-pw", text);
        Assert.Contains("password=(set)", text);
    }
}
