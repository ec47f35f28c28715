using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Tests.Infrastructure;

/// <summary>Switches the worker's cron jobs off, for tests that count what a request does or run a job by hand.</summary>
public static class WorkerSchedules
{
    public static readonly IReadOnlyList<string> Names = ["weekly-digest", "trending-tags", "purge-refresh-tokens", "purge-finished-jobs", "site-documents"];

    public static IWebHostBuilder WithoutSchedules(this IWebHostBuilder builder)
    {
        foreach (var job in Names)
        {
            builder.UseSetting($"Worker:Schedules:{job}", "off");
        }

        return builder;
    }
}
