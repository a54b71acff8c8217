using System.Net;
using System.Net.Sockets;

namespace DigestGraph.Neo4jTestServer;

/// <summary>A TCP port nothing listens on right now, as chosen by the OS.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
