using Inkwell.Platform.Health;
using Inkwell.Platform.Observability;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Data;

/// <summary>
/// Registers a module's DbContext on the engine that configuration names. Each module keeps its
/// own migrations history table, so modules migrate independently even in one database.
/// </summary>
public static class DatabaseSetup
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Inkwell";

    /// <summary>Well under the gateway's probe timeout, so a hung database reads as "down", not as a hung instance.</summary>
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(3);

    public static void AddModuleDbContext<TContext>(this IHostApplicationBuilder builder, string moduleName)
        where TContext : DbContext
    {
        var (provider, connection) = ConnectionOf(builder.Configuration);
        var historyTable = $"{moduleName}_migrations_history";

        // Pooled: a request reuses a reset context instead of building one, which matters on hot read paths.
        builder.Services.AddDbContextPool<TContext>((services, options) =>
        {
            switch (provider)
            {
                case DatabaseProvider.Sqlite:
                    options.UseSqlite(
                        connection,
                        sqlite => sqlite.MigrationsAssembly(DatabaseProviders.MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable));
                    break;
                case DatabaseProvider.Postgres:
                    options.UseNpgsql(
                        connection,
                        postgres => postgres.MigrationsAssembly(DatabaseProviders.MigrationsAssembly(provider)).MigrationsHistoryTable(historyTable));
                    break;
            }

            options.AddInterceptors(services.GetServices<IModuleInterceptor<TContext>>());
            options.AddInterceptors(new DatabaseCommandTelemetry(moduleName));
            options.LogSqlAtDebug();
        });

        builder.Services.AddInkwellHealthChecks()
            .AddCheck<DatabaseHealthCheck<TContext>>(
                $"{moduleName}-database", tags: [HealthEndpoints.ReadyTag, HealthEndpoints.EngineTag], timeout: HealthCheckTimeout)
            // Not part of readiness: an instance that does not migrate at start-up serves while another migrates.
            .AddCheck<MigrationsHealthCheck<TContext>>($"{moduleName}-migrations", tags: [HealthEndpoints.EngineTag], timeout: HealthCheckTimeout);
    }

    /// <summary>The engine and connection string every module uses (with SQLite, by default a file in the data folder).</summary>
    public static (DatabaseProvider Provider, string ConnectionString) ConnectionOf(IConfiguration configuration)
    {
        var provider = DatabaseProviders.Parse(configuration[ProviderKey]);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        return (provider, provider == DatabaseProvider.Sqlite
            ? SqliteConnectionString(connectionString, DataFolderOf(configuration))
            : RequiredConnectionString(connectionString, provider));
    }

    public static DataFolder DataFolderOf(IConfiguration configuration) =>
        new(configuration[DataFolder.ConfigurationKey] is { Length: > 0 } path ? path : "data");

    private static string RequiredConnectionString(string? configured, DatabaseProvider provider) =>
        string.IsNullOrWhiteSpace(configured)
            ? throw new ConfigurationException(
                $"{ProviderKey} is {provider}, so ConnectionStrings:{ConnectionStringName} must be set "
                + "(for example ConnectionStrings__Inkwell=\"Host=127.0.0.1;Database=inkwell;Username=inkwell;Password=...\").")
            : configured;

    private static string SqliteConnectionString(string? configured, DataFolder dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder.EnsureExists(), "inkwell.db"),
            Pooling = true,
        }.ToString();
    }
}
