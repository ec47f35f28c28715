using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Inkwell.Tests.Worker;

/// <summary>
/// The real host monitoring three URLs: one that answers as expected, one that answers 500 where 200 is expected,
/// and a loopback port nothing listens on. The first two are served by a small real HTTP server; the monitor's
/// schedule is off, so only the tests run it.
/// </summary>
public sealed class UptimeFactory : InkwellFactory
{
    private readonly WebApplication _target;

    public UptimeFactory()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        _target = builder.Build();
        _target.MapGet("/ok", () => "fine");
        _target.MapGet("/broken", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        _target.StartAsync().GetAwaiter().GetResult();
        TargetAddress = new Uri(_target.Urls.First());
    }

    public Uri TargetAddress { get; }

    public string OfflineUrl { get; } = $"http://127.0.0.1:{FreePort.Next()}/";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var job in new[] { "weekly-digest", "trending-tags", "purge-refresh-tokens", "purge-finished-jobs", "site-documents", "uptime-checks" })
        {
            builder.UseSetting($"Worker:Schedules:{job}", "off");
        }

        AddCheck(builder, 0, "website", new Uri(TargetAddress, "/ok").ToString());
        AddCheck(builder, 1, "broken-api", new Uri(TargetAddress, "/broken").ToString());
        AddCheck(builder, 2, "offline", OfflineUrl);
        builder.UseSetting("Uptime:Timeout", "00:00:05");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _target.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static void AddCheck(IWebHostBuilder builder, int index, string name, string url)
    {
        builder.UseSetting($"Uptime:Checks:{index}:Name", name);
        builder.UseSetting($"Uptime:Checks:{index}:Url", url);
        builder.UseSetting($"Uptime:Checks:{index}:ExpectedStatus", "200");
        builder.UseSetting($"Uptime:Checks:{index}:Interval", "00:01:00");
    }
}

[CollectionDefinition(Name)]
public sealed class UptimeCollection : ICollectionFixture<UptimeFactory>
{
    public const string Name = "uptime";
}
