using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Observability;

/// <summary>The one call every host makes: structured logs, traces and metrics.</summary>
public static class ObservabilitySetup
{
    public static void AddInkwellObservability(this IHostApplicationBuilder builder)
    {
        builder.AddInkwellLogging();
        builder.AddInkwellTelemetry();
    }
}
