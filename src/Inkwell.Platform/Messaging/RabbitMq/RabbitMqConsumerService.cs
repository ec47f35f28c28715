using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>Starts this process's consumers with the host, waiting for a broker that is down at start-up; stops them with it.</summary>
internal sealed partial class RabbitMqConsumerService(RabbitMqConsumers consumers, ILogger<RabbitMqConsumerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await consumers.EnsureStartedAsync(stoppingToken);
                return;
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested
                && (error is TransportUnavailableException || RabbitMqConnection.IsBrokerFailure(error)))
            {
                LogWaitingForBroker(logger, error.Message);
                await Task.Delay(RabbitMqConnection.RecoveryInterval, stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await consumers.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waiting for the message broker to consume events: {Reason}")]
    private static partial void LogWaitingForBroker(ILogger logger, string reason);
}
