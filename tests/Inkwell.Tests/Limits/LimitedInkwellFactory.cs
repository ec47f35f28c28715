using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Limits;

/// <summary>
/// Inkwell with small rate limits, a trusted proxy (10.9.9.9) and a trusted network (10.8.0.0/16). The test
/// server has no network connection, so a request names the address it comes from in <see cref="PeerHeader"/>:
/// that becomes the connection's remote address before anything of Inkwell runs, as Kestrel would set it.
/// </summary>
public sealed class LimitedInkwellFactory : InkwellFactory
{
    public const string PeerHeader = "X-Test-Peer-Address";
    public const int AnonymousLimit = 8;
    public const int SignedInLimit = 5;
    public const int SignInLimit = 3;
    public const int FailedSignInLimit = 2;

    private static int _nextAddress;

    /// <summary>A client address no other test uses.</summary>
    public static string NewAddress()
    {
        var n = Interlocked.Increment(ref _nextAddress);
        return $"198.51.{n / 250}.{n % 250 + 1}";
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:Anonymous:PermitLimit", AnonymousLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:SignedIn:PermitLimit", SignedInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:SignIn:PermitLimit", SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:FailedSignIns:PermitLimit", FailedSignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("ForwardedHeaders:KnownProxies:0", "10.9.9.9");
        builder.UseSetting("ForwardedHeaders:KnownNetworks:0", "10.8.0.0/16");
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PeerAddressFilter>());
    }

    public async Task<HttpResponseMessage> SendAsync(
        string address, HttpMethod method, string url, object? body = null, string? token = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(PeerHeader, address);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Token", token);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await CreateClient(new() { AllowAutoRedirect = false }).SendAsync(request);
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[PeerHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
