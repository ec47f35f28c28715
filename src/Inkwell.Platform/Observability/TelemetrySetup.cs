using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Inkwell.Platform.Observability;

/// <summary>
/// OpenTelemetry for every host: traces and metrics of the HTTP server and client, the database commands
/// (<see cref="DatabaseCommandTelemetry"/>), the read cache, the jobs and each module's business counters.
/// Metrics are served for Prometheus at <see cref="MetricsPath"/>; everything (logs too) goes over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class TelemetrySetup
{
    public const string MetricsPath = "/metrics";
    public const string ServiceName = "inkwell";
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Every meter and activity source of Inkwell's own code is named <c>Inkwell.&lt;Area&gt;</c>.</summary>
    public const string InkwellNames = "Inkwell.*";

    public static void AddInkwellTelemetry(this IHostApplicationBuilder builder)
    {
        var target = builder.Configuration["target"] is { Length: > 0 } named ? named : "all";
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString())
                .AddAttributes([new("inkwell.target", target)]))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddSource(InkwellNames))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(InkwellNames)
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]))
        {
            telemetry.UseOtlpExporter();
        }
    }

    public static void MapInkwellMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(MetricsPath).DisableHttpMetrics();

    /// <summary>Scrapes and probes come every few seconds; as traces they would bury the requests people make.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
