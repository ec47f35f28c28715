using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inkwell.Platform.Health;

/// <summary>A module's database is reachable when its own DbContext can open a connection to it.</summary>
internal sealed class DatabaseHealthCheck<TContext>(TContext db) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var engine = db.Database.ProviderName?.Split('.').Last() ?? "database";
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy($"{engine} reachable")
                : HealthCheckResult.Unhealthy($"{engine} unreachable");
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"{engine} unreachable: {error.Message}");
        }
    }
}
