using Microsoft.Extensions.Options;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>
/// The broker's names: one topic exchange for every event (routing key = event type), and for each module that
/// handles events a queue of its own with a retry queue and a dead-letter queue beside it.
/// </summary>
internal sealed class RabbitMqNames(IOptions<BusOptions> options)
{
    public const string AttemptsHeader = "x-inkwell-attempts";
    public const string LastErrorHeader = "x-inkwell-last-error";
    public const string DeadLetteredAtHeader = "x-inkwell-dead-lettered-at";

    private const string RetrySuffix = ".retry";
    private const string DeadSuffix = ".dead";

    public string Exchange => $"{options.Value.Namespace}.events";

    public string Queue(string module) => $"{options.Value.Namespace}.{module}";

    public static string Retry(string queue) => queue + RetrySuffix;

    public static string Dead(string queue) => queue + DeadSuffix;
}
