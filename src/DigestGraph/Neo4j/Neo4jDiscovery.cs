using System.Text.Json;

namespace DigestGraph.Neo4j;

/// <summary>
/// Reads Neo4j's discovery documents. 4.x/5.x: the root names <c>transaction</c> as a template with
/// <c>{databaseName}</c> and carries <c>neo4j_version</c>. 3.x: the root only names <c>data</c>, whose document names
/// <c>transaction</c> and carries the version.
/// </summary>
internal static class Neo4jDiscovery
{
    /// <summary>The result of reading the root document: either the server info, or the 3.x data URI to read next.</summary>
    public sealed record RootDocument(Neo4jServerInfo? Info, Uri? DataUri);

    public static RootDocument ParseRoot(string json, Uri baseUri, string database)
    {
        using var doc = Parse(json);
        var root = doc.RootElement;
        var transaction = GetString(root, "transaction");
        if (transaction is not null)
        {
            var perDatabase = transaction.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal);
            var commit = new Uri(Resolve(baseUri, perDatabase).ToString().TrimEnd('/') + "/commit");
            return new RootDocument(new Neo4jServerInfo(ParseVersion(GetString(root, "neo4j_version")), GetString(root, "neo4j_edition"), commit), null);
        }
        var data = GetString(root, "data");
        if (data is not null) return new RootDocument(null, Resolve(baseUri, data));
        throw new FormatException("the server root names neither 'transaction' nor 'data'; is this a Neo4j HTTP port?");
    }

    public static Neo4jServerInfo ParseData(string json, Uri dataUri)
    {
        using var doc = Parse(json);
        var transaction = GetString(doc.RootElement, "transaction")
            ?? throw new FormatException("the 3.x data document names no 'transaction' endpoint");
        var commit = new Uri(Resolve(dataUri, transaction).ToString().TrimEnd('/') + "/commit");
        return new Neo4jServerInfo(ParseVersion(GetString(doc.RootElement, "neo4j_version")), null, commit);
    }

    /// <summary>"5.26.0", "4.4.12-enterprise", "3.1.1" → a Version; unknown → 0.0.</summary>
    public static Version ParseVersion(string? text)
    {
        if (string.IsNullOrEmpty(text)) return new Version(0, 0);
        var digits = new string(text.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray()).TrimEnd('.');
        if (!digits.Contains('.', StringComparison.Ordinal)) digits += ".0";
        return Version.TryParse(digits, out var v) ? v : new Version(0, 0);
    }

    private static JsonDocument Parse(string json)
    {
        try { return JsonDocument.Parse(json); }
        catch (JsonException e) { throw new FormatException("the server's discovery document is not JSON; is this a Neo4j HTTP port?", e); }
    }

    private static string? GetString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()
            : null;

    // Servers behind a proxy or in a container advertise their own host; keep the scheme and host the user configured.
    private static Uri Resolve(Uri baseUri, string advertised)
    {
        var path = Uri.TryCreate(advertised, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute.PathAndQuery
            : advertised;
        return new Uri(new Uri(baseUri.GetLeftPart(UriPartial.Authority)), path);
    }
}
