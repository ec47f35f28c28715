using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// What happens to a message whose handling failed: it goes to the queue's retry queue with a delay that doubles with
/// each attempt, and after <see cref="BusOptions.MaxAttempts"/> to the dead-letter queue. Either way the copy is confirmed
/// before the original is acknowledged, so a failure never loses a message and a poison message never blocks the queue.
/// </summary>
internal sealed partial class RabbitMqRetries(
    RabbitMqPublisher publisher, IOptions<BusOptions> options, TimeProvider clock, ILogger<RabbitMqRetries> logger)
{
    public async Task RetryOrDeadLetterAsync(
        string queue, IReadOnlyBasicProperties failed, ReadOnlyMemory<byte> body, Exception failure, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var attempts = RabbitMqMessages.Attempts(failed) + 1;
        var copy = RabbitMqMessages.Redelivery(failed, attempts, failure.ToString());
        if (attempts >= settings.MaxAttempts)
        {
            copy.Headers![RabbitMqNames.DeadLetteredAtHeader] = clock.GetUtcNow().UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            await publisher.PublishAsync("", RabbitMqNames.Dead(queue), copy, body, cancellationToken);
            LogDeadLettered(logger, failed.MessageId, failed.Type, queue, attempts, failure);
            return;
        }

        var delay = settings.BackoffAfter(attempts);
        copy.Expiration = ((long)delay.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await publisher.PublishAsync("", RabbitMqNames.Retry(queue), copy, body, cancellationToken);
        LogRetrying(logger, failed.MessageId, failed.Type, queue, attempts, delay, failure);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling {MessageId} ({Type}) from {Queue} failed on attempt {Attempts}; retrying in {Delay}")]
    private static partial void LogRetrying(ILogger logger, string? messageId, string? type, string queue, int attempts, TimeSpan delay, Exception failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling {MessageId} ({Type}) from {Queue} failed {Attempts} times; dead-lettered")]
    private static partial void LogDeadLettered(ILogger logger, string? messageId, string? type, string queue, int attempts, Exception failure);
}
