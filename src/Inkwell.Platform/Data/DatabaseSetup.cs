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
    public const string SqliteMigrationsAssembly = "Inkwell.Migrations.Sqlite";

    public static void AddModuleDbContext<TContext>(this IHostApplicationBuilder builder, string moduleName)
        where TContext : DbContext
    {
        var provider = builder.Configuration[ProviderKey] ?? "Sqlite";
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        var dataFolder = DataFolderOf(builder.Configuration);

        builder.Services.AddDbContext<TContext>(options =>
        {
            switch (provider.ToLowerInvariant())
            {
                case "sqlite":
                    options.UseSqlite(
                        SqliteConnectionString(connectionString, dataFolder),
                        sqlite => sqlite
                            .MigrationsAssembly(SqliteMigrationsAssembly)
                            .MigrationsHistoryTable($"{moduleName}_migrations_history"));
                    break;
                default:
                    throw new InvalidOperationException($"Unsupported {ProviderKey} '{provider}'. Supported: Sqlite.");
            }
        });
    }

    public static DataFolder DataFolderOf(IConfiguration configuration) =>
        new(configuration[DataFolder.ConfigurationKey] is { Length: > 0 } path ? path : "data");

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
