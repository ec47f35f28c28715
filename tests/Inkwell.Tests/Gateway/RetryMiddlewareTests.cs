using Inkwell.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Model;

namespace Inkwell.Tests.Gateway;

/// <summary>The retry step with a stand-in for the rest of the proxy pipeline: which instances each attempt may use.</summary>
public sealed class RetryMiddlewareTests
{
    private readonly DestinationState _dead = new("content-0");
    private readonly DestinationState _alsoDead = new("content-1");
    private readonly DestinationState _live = new("content-2");

    [Fact]
    public async Task A_get_that_fails_on_one_instance_is_sent_to_another_and_the_client_sees_only_the_success()
    {
        var (context, attempts) = await SendAsync("GET", maxAttempts: 3, [_dead, _live]);

        Assert.Equal(["content-0", "content-2"], attempts);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Null(context.Features.Get<IForwarderErrorFeature>());
    }

    [Fact]
    public async Task Each_attempt_goes_to_an_instance_not_yet_tried_and_attempts_are_bounded()
    {
        var (context, attempts) = await SendAsync("GET", maxAttempts: 2, [_dead, _alsoDead, _live]);

        Assert.Equal(["content-0", "content-1"], attempts);
        Assert.Equal(StatusCodes.Status502BadGateway, context.Response.StatusCode);
    }

    [Fact]
    public async Task When_every_instance_failed_the_last_failure_is_answered()
    {
        var (context, attempts) = await SendAsync("GET", maxAttempts: 5, [_dead, _alsoDead]);

        Assert.Equal(["content-0", "content-1"], attempts);
        Assert.Equal(StatusCodes.Status502BadGateway, context.Response.StatusCode);
    }

    [Fact]
    public async Task A_post_is_answered_with_its_first_failure()
    {
        var (context, attempts) = await SendAsync("POST", maxAttempts: 3, [_dead, _live]);

        Assert.Equal(["content-0"], attempts);
        Assert.Equal(StatusCodes.Status502BadGateway, context.Response.StatusCode);
    }

    /// <summary>
    /// Stands in for load balancing and forwarding: takes the first instance it is offered, and fails the
    /// way YARP does (error feature, 502, response not started) when that instance is dead.
    /// </summary>
    private async Task<(HttpContext Context, List<string> Attempts)> SendAsync(string method, int maxAttempts, IReadOnlyList<DestinationState> destinations)
    {
        var attempts = new List<string>();
        var context = new DefaultHttpContext { Request = { Method = method, Path = "/api/tags" } };
        var proxy = new ReverseProxyFeature { AllDestinations = destinations, AvailableDestinations = destinations };
        context.Features.Set<IReverseProxyFeature>(proxy);

        var options = Options.Create(new GatewayOptions { Retry = { MaxAttempts = maxAttempts } });
        var retry = new RetryMiddleware(ctx =>
        {
            var chosen = proxy.AvailableDestinations[0];
            proxy.ProxiedDestination = chosen;
            attempts.Add(chosen.DestinationId);
            if (chosen != _live)
            {
                ctx.Response.StatusCode = StatusCodes.Status502BadGateway;
                ctx.Features.Set<IForwarderErrorFeature>(FailedAttempt.ConnectionRefused());
            }

            return Task.CompletedTask;
        }, options, NullLogger<RetryMiddleware>.Instance);

        await retry.InvokeAsync(context);
        return (context, attempts);
    }
}
