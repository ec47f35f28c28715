using Inkwell.Platform.Messaging;
using Inkwell.Platform.Messaging.RabbitMq;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inkwell.Platform.Health;

/// <summary>
/// The message broker is reachable when the process's one connection to it is open (opened here if it was not yet).
/// A process whose broker is down still serves reads, but its events wait in the outbox, so it is not ready.
/// </summary>
internal sealed class BrokerHealthCheck(RabbitMqConnection broker) : IHealthCheck
{
    public const string Name = "broker";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var connection = await broker.GetAsync(cancellationToken);
            return connection.IsOpen
                ? HealthCheckResult.Healthy($"RabbitMQ reachable at {connection.Endpoint}")
                : HealthCheckResult.Unhealthy($"RabbitMQ connection closed: {connection.CloseReason?.ReplyText ?? "recovering"}");
        }
        catch (TransportUnavailableException error)
        {
            return HealthCheckResult.Unhealthy($"RabbitMQ unreachable: {error.Message}");
        }
    }
}
