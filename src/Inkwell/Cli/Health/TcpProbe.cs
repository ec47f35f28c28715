using System.Diagnostics;
using System.Net.Sockets;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inkwell.Cli.Health;

/// <summary>
/// Whether an engine accepts a TCP connection within the timeout. It proves the address and port are right and
/// something listens there, not that the engine would accept the credentials: no client library is asked.
/// </summary>
internal static class TcpProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<HealthReportEntry> CheckAsync(EngineEndpoint endpoint, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout.Token);
            return Entry(HealthStatus.Healthy, $"{endpoint} accepts connections (TCP)", stopwatch.Elapsed);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Entry(HealthStatus.Unhealthy, $"{endpoint}: no answer within {Timeout.TotalSeconds:N0} s", stopwatch.Elapsed);
        }
        catch (SocketException error)
        {
            return Entry(HealthStatus.Unhealthy, $"{endpoint}: {error.Message}", stopwatch.Elapsed);
        }
    }

    private static HealthReportEntry Entry(HealthStatus status, string description, TimeSpan duration) =>
        new(status, description, duration, exception: null, data: null);
}
