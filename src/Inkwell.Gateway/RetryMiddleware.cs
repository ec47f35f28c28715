using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Inkwell.Gateway;

/// <summary>
/// Sends a failed request again to another available instance, which YARP does not do by itself. It sits
/// in the proxy pipeline before load balancing: each pass lets the balancer pick among the instances not
/// yet tried and the passive health check record the outcome, so a dead instance is both skipped at once
/// and soon taken out of rotation. Bounded by <see cref="GatewayRetryOptions.MaxAttempts"/> and by the
/// instances there are; what may be repeated is decided by <see cref="RetryRules"/>.
/// </summary>
internal sealed partial class RetryMiddleware(RequestDelegate next, IOptions<GatewayOptions> options, ILogger<RetryMiddleware> logger)
{
    private readonly int _maxAttempts = options.Value.Retry.MaxAttempts;

    public async Task InvokeAsync(HttpContext context)
    {
        var proxy = context.GetReverseProxyFeature();
        var candidates = proxy.AvailableDestinations;
        var tried = new List<DestinationState>();

        for (var attempt = 1; ; attempt++)
        {
            await next(context);

            var failure = context.Features.Get<IForwarderErrorFeature>();
            if (failure is null || attempt >= _maxAttempts || context.Response.HasStarted || context.RequestAborted.IsCancellationRequested
                || !RetryRules.MayRetry(context.Request, failure))
            {
                return;
            }

            if (proxy.ProxiedDestination is { } failed)
            {
                tried.Add(failed);
            }

            var remaining = candidates.Where(destination => !tried.Contains(destination)).ToList();
            if (remaining.Count == 0)
            {
                return;
            }

            LogRetry(logger, context.Request.Method, context.Request.Path, proxy.ProxiedDestination?.DestinationId, failure.Error, attempt + 1);

            // Undo the failed attempt: its error, and the 502 the forwarder set on the unsent response.
            context.Features.Set<IForwarderErrorFeature>(null);
            context.Response.Clear();
            proxy.AvailableDestinations = remaining;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} failed on {Destination} ({Error}); attempt {Attempt} goes to another instance")]
    private static partial void LogRetry(ILogger logger, string method, PathString path, string? destination, ForwarderError error, int attempt);
}
