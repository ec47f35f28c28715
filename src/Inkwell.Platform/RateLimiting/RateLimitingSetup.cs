using System.Threading.RateLimiting;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Platform.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter for the API and the site (decision 0013): every request counts against its
/// user when signed in, or its client address when not; sign-in and sign-up posts also against
/// <see cref="RateLimitPolicies.SignIn"/>. A refused request is 429 with Retry-After and, under /api, the error format.
/// </summary>
public static class RateLimitingSetup
{
    public static void AddInkwellRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton<FailedSignIns>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => ByClient(context, options));
            limiter.AddPolicy(RateLimitPolicies.SignIn, new SignInPolicy(options));
            limiter.OnRejected = (rejected, cancellationToken) => new ValueTask(TooManyRequests.WriteAsync(
                rejected.HttpContext,
                rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1),
                cancellationToken));
        });
    }

    public static void UseInkwellRateLimiting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<RateLimitOptions>().Enabled)
        {
            app.UseRateLimiter();
        }
    }

    private static RateLimitPartition<string> ByClient(HttpContext context, RateLimitOptions options) =>
        IsReExecution(context) ? RateLimitPartition.GetNoLimiter("error-page")
        // A service client (the worker, with a signed service token) acts for every user at once, at its own pace.
        : context.User.IsInRole(Roles.Service) && context.User.FindFirst(ServiceClaims.ClientId) is { } client
            ? RateLimitPartition.GetNoLimiter($"service:{client.Value}")
        : context.User.FindUserId() is { } userId
            ? RateLimitPartition.GetFixedWindowLimiter($"user:{userId}", _ => options.SignedIn.ToFixedWindow())
            : RateLimitPartition.GetFixedWindowLimiter($"address:{ClientAddress.Of(context)}", _ => options.Anonymous.ToFixedWindow());

    /// <summary>The site's error page, run again for a request already counted: the request is not counted twice.</summary>
    private static bool IsReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null;
}
