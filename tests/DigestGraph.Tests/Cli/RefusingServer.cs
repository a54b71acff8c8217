using System.Net;
using System.Net.Sockets;

namespace DigestGraph.Tests.Cli;

/// <summary>An HTTP server on a free local port that answers every request 401, as Neo4j does to a wrong password.</summary>
internal sealed class RefusingServer : IDisposable
{
    private readonly HttpListener _listener = new();

    private RefusingServer(int port)
    {
        Uri = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Uri + "/");
        _listener.Start();
        _ = ServeAsync();
    }

    public string Uri { get; }

    public static RefusingServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new RefusingServer(port);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            context.Response.StatusCode = 401;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
