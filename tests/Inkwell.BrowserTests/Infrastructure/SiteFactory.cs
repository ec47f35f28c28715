using System.Net;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.BrowserTests.Infrastructure;

/// <summary>
/// The real Inkwell host, in this process (so coverage counts the website), served by Kestrel on a free
/// loopback port a browser can reach, on a fresh database (SQLite in a temporary folder, or PostgreSQL),
/// with the demo content.
/// </summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
{
    public SiteFactory() => UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "inkwell-browser-tests", Guid.NewGuid().ToString("N"));

    public TestDatabase Database { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataPath", DataPath);
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Inkwell", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        // Every test signs in from 127.0.0.1: only the per-account and per-user limits stay as in production.
        builder.UseSetting("RateLimits:SignIn:PermitLimit", "100000");
        builder.UseSetting("RateLimits:Anonymous:PermitLimit", "100000");

        // A test machine shared with other work can take longer than the production timeout for one request;
        // the timeout's own tests set theirs (RequestTimeoutTests).
        builder.UseSetting("RequestTimeouts:Default", "00:00:00");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>Starts the server (once) and returns the address it listens on, e.g. http://127.0.0.1:41234.</summary>
    public static string Start(WebApplicationFactory<Program> factory)
    {
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return addresses.Addresses.Single().TrimEnd('/');
    }

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
