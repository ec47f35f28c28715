using Inkwell.Platform.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Inkwell;

/// <summary>Start-up work of the all-in-one shape: migrate every module, then seed demo content into an empty site.</summary>
internal static partial class ModuleStartup
{
    public const string MigrateOnStartKey = "Database:MigrateOnStart";
    public const string DemoContentKey = "Demo:Enabled";

    public static async Task RunAsync(WebApplication app, IReadOnlyList<IModule> modules)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Inkwell.Startup");
        var stopping = app.Lifetime.ApplicationStopping;

        if (app.Configuration.GetValue(MigrateOnStartKey, defaultValue: true))
        {
            // A standalone module (the gateway) has no tables to migrate.
            foreach (var module in modules.Where(m => m is not IStandaloneModule))
            {
                await using var scope = app.Services.CreateAsyncScope();
                await module.MigrateAsync(scope.ServiceProvider, stopping);
                LogMigrated(logger, module.Name);
            }
        }

        if (app.Configuration.GetValue(DemoContentKey, defaultValue: true))
        {
            foreach (var module in modules)
            {
                await using var scope = app.Services.CreateAsyncScope();
                await module.SeedDemoAsync(scope.ServiceProvider, stopping);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module} database is up to date")]
    private static partial void LogMigrated(ILogger logger, string module);
}
