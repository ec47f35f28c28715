using System.Net;
using Microsoft.AspNetCore.Http;

namespace Inkwell.Platform.RateLimiting;

/// <summary>
/// The client a request is counted against when nobody is signed in. The address is the connection's, or the
/// X-Forwarded-For one when the connection comes from a trusted proxy (<see cref="ForwardedHeadersSetup"/> has
/// already applied it by then). An IPv6 client is counted by its /64: one host usually holds a whole /64 and
/// could otherwise take a fresh address for every request.
/// </summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }
}
