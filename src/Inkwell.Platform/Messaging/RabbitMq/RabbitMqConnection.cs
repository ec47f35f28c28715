using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// The process's one connection to the broker, opened on first use. Once open, the client recovers it by itself
/// after an outage (and re-declares queues and consumers); until then, each use tries to open it again, at most
/// once per recovery interval, so a broker that is down costs a request nothing but a quick failure.
/// </summary>
internal sealed partial class RabbitMqConnection(IOptions<BusOptions> options, ILogger<RabbitMqConnection> logger) : IAsyncDisposable
{
    public static readonly TimeSpan RecoveryInterval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim gate = new(1, 1);
    private IConnection? connection;
    private DateTime lastFailedAt = DateTime.MinValue;

    public async Task<IConnection> GetAsync(CancellationToken cancellationToken)
    {
        if (connection is { } open)
        {
            return open;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (connection is { } opened)
            {
                return opened;
            }

            if (DateTime.UtcNow - lastFailedAt < RecoveryInterval)
            {
                throw new TransportUnavailableException("The message broker was unreachable a moment ago.");
            }

            try
            {
                connection = await Factory().CreateConnectionAsync($"inkwell {Environment.MachineName}", cancellationToken);
                LogConnected(logger, connection.Endpoint.ToString());
                return connection;
            }
            catch (Exception error) when (IsBrokerFailure(error))
            {
                lastFailedAt = DateTime.UtcNow;
                throw new TransportUnavailableException($"The message broker is unreachable: {error.Message}", error);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Whether an error says the broker or the way to it is down, rather than that something is wrong with a message.</summary>
    public static bool IsBrokerFailure(Exception error) => error switch
    {
        PublishException publish => !publish.IsReturn,
        RabbitMQClientException or IOException or SocketException or TimeoutException => true,
        _ => false,
    };

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        gate.Dispose();
    }

    private ConnectionFactory Factory() => new()
    {
        Uri = new Uri(options.Value.RabbitMq),
        AutomaticRecoveryEnabled = true,
        TopologyRecoveryEnabled = true,
        NetworkRecoveryInterval = RecoveryInterval,
        // Bounded everywhere: a broker that stops answering is noticed in seconds, not minutes.
        RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
        HandshakeContinuationTimeout = TimeSpan.FromSeconds(10),
        ContinuationTimeout = TimeSpan.FromSeconds(10),
        RequestedHeartbeat = TimeSpan.FromSeconds(10),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to the message broker at {Endpoint}")]
    private static partial void LogConnected(ILogger logger, string endpoint);
}
