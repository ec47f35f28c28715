using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Platform.Api;

/// <summary>
/// A request still running after <c>RequestTimeouts:Default</c> (20 s; <c>00:00:00</c> turns it off) has its
/// cancellation token cancelled, so its database work stops, and is answered 503 with Retry-After:
/// <c>{"errors":{"request":["took longer than 20 seconds and was stopped"]}}</c>. 503 rather than 504: no
/// upstream failed, this server is too busy right now, and a later try may well succeed. It stays under the
/// gateway's 30 s, so a client behind the gateway gets this answer rather than the gateway's 504.
/// </summary>
public static class RequestTimeoutSetup
{
    public const string Key = "RequestTimeouts:Default";
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static void AddInkwellRequestTimeouts(this IServiceCollection services, IConfiguration configuration)
    {
        var timeout = configuration.GetValue<TimeSpan?>(Key) ?? DefaultTimeout;
        if (timeout < TimeSpan.Zero)
        {
            throw new ConfigurationException($"{Key} must be a positive time span, or 00:00:00 for no timeout (it is {timeout}).");
        }

        services.AddRequestTimeouts(options =>
        {
            if (timeout > TimeSpan.Zero)
            {
                options.DefaultPolicy = new RequestTimeoutPolicy
                {
                    Timeout = timeout,
                    TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                    WriteTimeoutResponse = context => WriteAsync(context, timeout),
                };
            }
        });
    }

    private static async Task WriteAsync(HttpContext context, TimeSpan timeout)
    {
        var message = $"took longer than {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds and was stopped";
        context.Response.Headers.RetryAfter = "1";
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await context.Response.WriteAsJsonAsync(ErrorResponse.For("request", message));
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"<!doctype html><html lang=\"en\"><title>Too slow</title><h1>This page took too long</h1><p>The request {message}. Please try again.</p></html>");
    }
}
