using Inkwell.Platform;
using Inkwell.Platform.Jobs;
using Inkwell.Worker.Contracts;
using Inkwell.Worker.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Worker.Uptime;

internal static class UptimeSetup
{
    public const string HttpClientName = "uptime";

    public static void AddUptimeMonitor(this IHostApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetSection(UptimeOptions.Section).Get<UptimeOptions>() ?? new UptimeOptions();
        Validate(configured);

        builder.Services.AddOptions<UptimeOptions>().BindConfiguration(UptimeOptions.Section);
        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = configured.Timeout);
        builder.Services.AddScoped<IUptime, UptimeService>();
        // Without checks the job is off by default: a firing every 15 s would only fill the run records.
        var cron = configured.Checks.Count > 0 ? ProbeUptimeChecks.Cron : ScheduleRegistrar.Off;
        builder.AddScheduledJob<ProbeUptimeChecks>(
            ProbeUptimeChecks.Name, cron, "Probes the URLs of Uptime:Checks that are due and records what they answered.");
    }

    /// <summary>A mistyped check is refused at start-up, not discovered as a check that is always down.</summary>
    private static void Validate(UptimeOptions options)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var check in options.Checks)
        {
            if (string.IsNullOrWhiteSpace(check.Name) || !names.Add(check.Name))
            {
                throw new ConfigurationException($"Each entry of {UptimeOptions.Section}:Checks needs a Name of its own; '{check.Name}' is empty or used twice.");
            }

            if (!Uri.TryCreate(check.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw new ConfigurationException($"{UptimeOptions.Section}:Checks '{check.Name}' needs an absolute http(s) Url; it is '{check.Url}'.");
            }

            if (check.ExpectedStatus is < 100 or > 599 || check.Interval <= TimeSpan.Zero)
            {
                throw new ConfigurationException(
                    $"{UptimeOptions.Section}:Checks '{check.Name}' needs an ExpectedStatus between 100 and 599 and a positive Interval.");
            }
        }
    }
}
