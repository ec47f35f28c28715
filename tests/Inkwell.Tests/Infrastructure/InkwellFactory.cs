using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inkwell.Tests.Infrastructure;

/// <summary>
/// The real Inkwell host on a database of its own (SQLite in a temporary data folder, or PostgreSQL),
/// with migrations applied as on any start and demo content off unless asked for.
/// </summary>
public class InkwellFactory : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "inkwell-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase Database { get; } = new();

    protected virtual bool DemoContent => false;

    /// <summary>Off for tests that look at the database path itself (SQL per request, plans, rows written with plain SQL).</summary>
    protected virtual bool ReadCache => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Inkwell", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", DemoContent ? "true" : "false");
        builder.UseSetting("Cache:Enabled", ReadCache ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // Each test host is a deployment of its own: its cron scheduler must not be another live host's.
        builder.UseSetting("Worker:SchedulerName", $"inkwell-{Guid.NewGuid():N}");

        // Every test's requests come from one client (the test server has no client address): the per-address
        // limits would count the whole suite as one client. Per-user and per-account limits stay as configured.
        builder.UseSetting("RateLimits:Anonymous:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "1000000");

        // A test machine shared with other work can take longer than the production timeout for one request;
        // the timeout's own tests set theirs (RequestTimeoutTests).
        builder.UseSetting("RequestTimeouts:Default", "00:00:00");
    }

    public ApiClient CreateApiClient() => new(CreateClient());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataPath, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS is left for the temp cleaner.
            }
        }
    }
}

/// <summary>A factory whose reads all go to the database, never to the read cache.</summary>
public sealed class UncachedInkwellFactory : InkwellFactory
{
    protected override bool ReadCache => false;
}

/// <summary>A factory whose database starts with the demo content, as a fresh install does.</summary>
public sealed class DemoInkwellFactory : InkwellFactory
{
    protected override bool DemoContent => true;
}
