using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Inkwell.Platform.RateLimiting;

/// <summary>The named policies endpoints opt into, on top of the limit every request has.</summary>
public static class RateLimitPolicies
{
    /// <summary>Signing in and signing up, API and site: <c>RateLimits:SignIn</c> per client address, counting only what is sent (POST).</summary>
    public const string SignIn = "sign-in";

    internal static FixedWindowRateLimiterOptions ToFixedWindow(this RateLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
    };
}

/// <summary>
/// Counts the posts of a sign-in or sign-up form (or the API's equivalents) per client address; showing the
/// form costs nothing.
/// </summary>
internal sealed class SignInPolicy(RateLimitOptions options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        HttpMethods.IsPost(httpContext.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter($"sign-in:{ClientAddress.Of(httpContext)}", _ => options.SignIn.ToFixedWindow())
            : RateLimitPartition.GetNoLimiter("sign-in:form");
}
