using System.Net.Sockets;

namespace Inkwell.Tests.Services.Infrastructure;

public static class FreePort
{
    /// <summary>A loopback port nothing listens on now; the process started next binds it.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
