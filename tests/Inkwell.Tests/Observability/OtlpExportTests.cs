using System.Collections.Concurrent;
using System.Text;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inkwell.Tests.Observability;

/// <summary>
/// With <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> set, Inkwell sends its traces, metrics and logs over OTLP/HTTP. No collector
/// can be installed here, so a listener on 127.0.0.1 takes its place: it accepts what a collector's OTLP/HTTP receiver
/// accepts (protobuf POSTs to /v1/traces, /v1/metrics, /v1/logs) and keeps the bodies. Protobuf writes strings as plain
/// UTF-8, so the names a collector would see can be found in them without decoding.
/// </summary>
public sealed class OtlpExportTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, ConcurrentQueue<byte[]>> _received = new();
    private WebApplication? _receiver;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _receiver = builder.Build();
        _receiver.MapPost("/v1/{signal}", async (string signal, HttpRequest request) =>
        {
            if (request.ContentType != "application/x-protobuf")
            {
                return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            _received.GetOrAdd(signal, _ => new ConcurrentQueue<byte[]>()).Enqueue(body.ToArray());
            return Results.Ok();
        });
        await _receiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    [Fact]
    public async Task Traces_metrics_and_logs_reach_an_otlp_endpoint_with_the_service_and_route_names()
    {
        var endpoint = _receiver!.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        using var factory = new InkwellFactory();
        using var exporting = factory.WithWebHostBuilder(builder => builder
            .UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint)
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
            .UseSetting("OTEL_BSP_SCHEDULE_DELAY", "200")
            .UseSetting("OTEL_BLRP_SCHEDULE_DELAY", "200")
            .UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "500")
            .UseSetting("Logging:LogLevel:Default", "Information"));
        var api = new ApiClient(exporting.CreateClient());

        var author = await api.RegisterAsync();
        await api.CreateArticleAsync(author);
        (await api.GetAsync("/api/articles")).EnsureSuccessStatusCode();

        await Eventually.HoldsAsync(() => Task.FromResult(Contains("traces", "inkwell") && Contains("traces", "/api/articles")), Deadline, "a span of GET /api/articles from service inkwell");
        await Eventually.HoldsAsync(() => Task.FromResult(Contains("metrics", "http.server.request.duration") && Contains("metrics", "inkwell.articles.published")), Deadline, "the HTTP server's and a business metric");
        await Eventually.HoldsAsync(() => Task.FromResult(Contains("logs", "inkwell")), Deadline, "a log record from service inkwell");
    }

    private bool Contains(string signal, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return _received.TryGetValue(signal, out var bodies) && bodies.Any(body => body.AsSpan().IndexOf(needle) >= 0);
    }
}
