using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inkwell.Platform.Health;

/// <summary>A module's tables are up to date when its DbContext has no migration left to apply.</summary>
internal sealed class MigrationsHealthCheck<TContext>(TContext db) : IHealthCheck
    where TContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Asked first, so that an SQLite file that does not exist yet is reported rather than created.
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("cannot tell: the database is unreachable");
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"up to date ({db.Database.GetMigrations().Count()} migrations applied)")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending, from {pending[0]}: run `inkwell migrate`");
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"cannot tell: {error.Message}");
        }
    }
}
