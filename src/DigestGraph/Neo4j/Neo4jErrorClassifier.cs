using System.Net;

namespace DigestGraph.Neo4j;

/// <summary>Turns Neo4j status codes and HTTP failures into <see cref="Neo4jException"/>s with messages a user can act on.</summary>
internal static class Neo4jErrorClassifier
{
    public static Neo4jErrorKind KindOf(string code)
    {
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            return code.Contains(".DatabaseUnavailable", StringComparison.Ordinal) ? Neo4jErrorKind.DatabaseUnavailable : Neo4jErrorKind.Transient;
        if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return code.EndsWith(".Forbidden", StringComparison.Ordinal) || code.EndsWith(".AuthorizationExpired", StringComparison.Ordinal)
                ? Neo4jErrorKind.Forbidden
                : Neo4jErrorKind.Authentication;
        if (code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal)) return Neo4jErrorKind.ConstraintViolation;
        if (code.StartsWith("Neo.ClientError.Database.", StringComparison.Ordinal)) return Neo4jErrorKind.DatabaseUnavailable;
        if (code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal)
            || code.StartsWith("Neo.ClientError.Request.", StringComparison.Ordinal)) return Neo4jErrorKind.Statement;
        return Neo4jErrorKind.Server;
    }

    /// <summary>The exception for an error Neo4j reported; the password is scrubbed from the server's text.</summary>
    public static Neo4jException FromServerError(string code, string serverMessage, Neo4jSettings settings)
    {
        var kind = KindOf(code);
        var detail = Scrub(serverMessage, settings.Password).Trim();
        var message = kind switch
        {
            Neo4jErrorKind.Authentication =>
                $"Neo4j at {settings.DisplayUri} rejected the credentials of user '{settings.User}' (wrong user name or password). Set DigestGraph:Neo4j:Password, NEO4J_PASSWORD or --neo4j-password.",
            Neo4jErrorKind.Forbidden =>
                $"Neo4j at {settings.DisplayUri} refused user '{settings.User}': {detail}",
            Neo4jErrorKind.DatabaseUnavailable =>
                $"Neo4j database '{settings.Database}' at {settings.DisplayUri} is not available: {detail}",
            Neo4jErrorKind.ConstraintViolation => $"Neo4j constraint violated: {detail}",
            Neo4jErrorKind.Statement => $"Neo4j rejected the Cypher statement ({ShortCode(code)}): {detail}",
            Neo4jErrorKind.Transient => $"Neo4j reported a transient error ({ShortCode(code)}): {detail}",
            _ => $"Neo4j failed ({code}): {detail}",
        };
        return new Neo4jException(kind, message, code);
    }

    /// <summary>An HTTP status without a Neo4j error body (proxies, 404 for a missing database on 4.x+).</summary>
    public static Neo4jException FromHttpStatus(HttpStatusCode status, Neo4jSettings settings, string what) => status switch
    {
        HttpStatusCode.Unauthorized => FromServerError("Neo.ClientError.Security.Unauthorized", "", settings),
        HttpStatusCode.Forbidden => new Neo4jException(Neo4jErrorKind.Forbidden,
            $"Neo4j at {settings.DisplayUri} refused user '{settings.User}' (HTTP 403) while {what}"),
        HttpStatusCode.NotFound => new Neo4jException(Neo4jErrorKind.DatabaseUnavailable,
            $"Neo4j at {settings.DisplayUri} has no endpoint for database '{settings.Database}' (HTTP 404) while {what}"),
        HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => new Neo4jException(
            Neo4jErrorKind.Transient, $"Neo4j at {settings.DisplayUri} is not ready (HTTP {(int)status}) while {what}"),
        _ => new Neo4jException(Neo4jErrorKind.Server,
            $"Neo4j at {settings.DisplayUri} answered HTTP {(int)status} while {what}"),
    };

    public static Neo4jException Unreachable(Neo4jSettings settings, Exception cause) => new(
        Neo4jErrorKind.Unreachable,
        $"Neo4j server unreachable at {settings.DisplayUri}: {Scrub(cause.GetBaseException().Message, settings.Password)}. Is it running (docker compose up -d)?",
        inner: null);

    public static Neo4jException TimedOut(Neo4jSettings settings, string what) => new(
        Neo4jErrorKind.Timeout, $"Neo4j at {settings.DisplayUri} did not answer within {settings.Timeout.TotalSeconds:0} s while {what}");

    private static string ShortCode(string code) => code[(code.LastIndexOf('.') + 1)..];

    private static string Scrub(string text, string secret) =>
        secret.Length == 0 ? text : text.Replace(secret, "***", StringComparison.Ordinal);
}
