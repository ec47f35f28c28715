using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Platform;

/// <summary>
/// Behind the gateway, a module sees the gateway as its client. It takes the client's address, scheme
/// and host from the X-Forwarded-* headers instead (sign-in throttling counts per client address; feeds
/// and canonical links need the public host), but only from a trusted proxy: loopback, plus the
/// addresses in <c>ForwardedHeaders:KnownProxies</c>. Anyone else's X-Forwarded-* headers are ignored.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    public static void AddInkwellForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new ConfigurationException($"{KnownProxiesKey} holds '{proxy}', which is not an IP address."));
            }
        });
    }
}
