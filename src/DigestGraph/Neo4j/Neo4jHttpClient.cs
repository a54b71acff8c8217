using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DigestGraph.Neo4j;

/// <summary>
/// Neo4j's HTTP transactional API: each <see cref="RunAsync(IReadOnlyList{CypherStatement}, CancellationToken)"/> call
/// is one transaction committed in one request. Transient failures (connection refused while the server restarts,
/// Neo.TransientError.*) are retried with exponential back-off, so statements sent here must be idempotent or the
/// caller must accept a retry after a lost answer.
/// </summary>
public sealed class Neo4jHttpClient : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue _auth;
    private Neo4jServerInfo? _server;

    public Neo4jHttpClient(Neo4jSettings settings, HttpMessageHandler? handler = null)
    {
        Settings = settings;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan; // per request, see SendAsync, so a time-out is told apart from cancellation
        _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.User}:{settings.Password}")));
    }

    public Neo4jSettings Settings { get; }

    /// <summary>Version and commit endpoint, discovered once from the server root.</summary>
    public async Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken ct = default)
    {
        if (_server is not null) return _server;
        _server = await WithRetriesAsync(DiscoverAsync, ct).ConfigureAwait(false);
        return _server;
    }

    public async Task<StatementResult> RunAsync(CypherStatement statement, CancellationToken ct = default) =>
        (await RunAsync([statement], ct).ConfigureAwait(false))[0];

    /// <summary>Runs the statements in one transaction: all of them take effect, or none.</summary>
    public async Task<IReadOnlyList<StatementResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken ct = default)
    {
        var server = await GetServerInfoAsync(ct).ConfigureAwait(false);
        var body = SerializeStatements(statements);
        return await WithRetriesAsync(token => CommitAsync(server.CommitUri, body, token), ct).ConfigureAwait(false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await operation(ct).ConfigureAwait(false);
            }
            catch (Neo4jException e) when (e.IsTransient && attempt < Settings.MaxRetries)
            {
                var delay = Settings.RetryBaseDelay * Math.Pow(2, attempt);
                await Task.Delay(delay < TimeSpan.FromSeconds(10) ? delay : TimeSpan.FromSeconds(10), ct).ConfigureAwait(false);
            }
        }
    }

    private async Task<Neo4jServerInfo> DiscoverAsync(CancellationToken ct)
    {
        var rootJson = await GetJsonAsync(Settings.Uri, "discovering the server", ct).ConfigureAwait(false);
        Neo4jDiscovery.RootDocument root;
        try { root = Neo4jDiscovery.ParseRoot(rootJson, Settings.Uri, Settings.Database); }
        catch (FormatException e) { throw new Neo4jException(Neo4jErrorKind.Configuration, $"{Settings.DisplayUri}: {e.Message}"); }
        if (root.Info is not null) return root.Info;

        // 3.x serves one database; a name other than the default cannot be honoured.
        if (!string.Equals(Settings.Database, Neo4jSettings.DefaultDatabase, StringComparison.Ordinal) && Settings.Database.Length > 0)
            throw new Neo4jException(Neo4jErrorKind.DatabaseUnavailable,
                $"Neo4j 3.x at {Settings.DisplayUri} serves a single database; database '{Settings.Database}' cannot be selected");
        var dataJson = await GetJsonAsync(root.DataUri!, "discovering the server", ct).ConfigureAwait(false);
        try { return Neo4jDiscovery.ParseData(dataJson, root.DataUri!); }
        catch (FormatException e) { throw new Neo4jException(Neo4jErrorKind.Configuration, $"{Settings.DisplayUri}: {e.Message}"); }
    }

    private async Task<string> GetJsonAsync(Uri uri, string what, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        var (status, body) = await SendAsync(request, what, ct).ConfigureAwait(false);
        ThrowOnErrors(status, body, what);
        return body;
    }

    private async Task<IReadOnlyList<StatementResult>> CommitAsync(Uri commitUri, byte[] body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, commitUri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var (status, text) = await SendAsync(request, "running Cypher", ct).ConfigureAwait(false);
        ThrowOnErrors(status, text, "running Cypher");
        return ParseResults(text);
    }

    private async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request, string what, CancellationToken ct)
    {
        request.Headers.Authorization = _auth;
        request.Headers.Accept.Add(Json);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Settings.Timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return (response.StatusCode, body);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw Neo4jErrorClassifier.TimedOut(Settings, what);
        }
        catch (HttpRequestException e)
        {
            throw Neo4jErrorClassifier.Unreachable(Settings, e);
        }
    }

    private void ThrowOnErrors(HttpStatusCode status, string body, string what)
    {
        var error = FirstError(body);
        if (error is { } e) throw Neo4jErrorClassifier.FromServerError(e.Code, e.Message, Settings);
        if ((int)status >= 400) throw Neo4jErrorClassifier.FromHttpStatus(status, Settings, what);
    }

    private static (string Code, string Message)? FirstError(string body)
    {
        if (!body.TrimStart().StartsWith('{')) return null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (!doc.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array) return null;
            foreach (var error in errors.EnumerateArray())
                return (error.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "",
                        error.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "");
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IReadOnlyList<StatementResult> ParseResults(string body)
    {
        using var doc = JsonDocument.Parse(body);
        var results = new List<StatementResult>();
        foreach (var result in doc.RootElement.GetProperty("results").EnumerateArray())
        {
            var columns = result.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? "").ToArray();
            var rows = new List<IReadOnlyList<JsonElement>>();
            foreach (var data in result.GetProperty("data").EnumerateArray())
                rows.Add(data.GetProperty("row").EnumerateArray().Select(v => v.Clone()).ToArray());
            var stats = result.TryGetProperty("stats", out var s) ? StatementStats.Parse(s) : StatementStats.Zero;
            results.Add(new StatementResult(columns, rows, stats));
        }
        return results;
    }

    private static byte[] SerializeStatements(IReadOnlyList<CypherStatement> statements)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.Text);
                writer.WritePropertyName("parameters");
                JsonSerializer.Serialize(writer, statement.Parameters);
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteBoolean("includeStats", true);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
