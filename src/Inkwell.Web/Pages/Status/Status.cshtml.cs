using Inkwell.Worker.Contracts;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Web.Pages.Status;

/// <summary>
/// The uptime monitor's findings: each check's current state and its recent probes. The monitor is the worker's;
/// a process without the worker module says so instead of showing an empty page.
/// </summary>
public sealed class StatusModel(IServiceProvider services) : PageModel
{
    public const int HistoryLength = 30;

    /// <summary>Null when this process does not run the worker module.</summary>
    public IReadOnlyList<UptimeCheckStatus>? Checks { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // A status page must never be served from a cache: it would show the past as the present.
        Response.Headers.CacheControl = "no-store";
        if (services.GetService<IUptime>() is { } uptime)
        {
            Checks = await uptime.GetStatusAsync(HistoryLength, cancellationToken);
        }
    }

    public static string StateOf(UptimeCheckStatus check) => check.Latest switch
    {
        null => "unknown",
        { Up: true } => "up",
        _ => "down",
    };
}
