using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Platform.Health;

/// <summary>
/// <c>/health/live</c> answers while the process runs; <c>/health/ready</c> runs every check tagged
/// <see cref="ReadyTag"/> (each module adds its own: its database, the gateway's destinations) and
/// answers 503 when one fails. Both are outside <c>/api</c>, anonymous, and written as JSON.
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string ReadyTag = "ready";

    /// <summary>Checks of the engines a process is configured with, which <c>inkwell health</c> runs (not all are part of readiness).</summary>
    public const string EngineTag = "engine";

    public static IHealthChecksBuilder AddInkwellHealthChecks(this IServiceCollection services) => services.AddHealthChecks();

    public static void MapInkwellHealth(this IEndpointRouteBuilder endpoints)
    {
        // Probes are never rate limited: a balancer or an orchestrator must always get the truth.
        // Liveness runs no check: a process that can answer is alive, whatever its database does.
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableHttpMetrics().DisableRateLimiting();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).DisableHttpMetrics().DisableRateLimiting();
    }
}
