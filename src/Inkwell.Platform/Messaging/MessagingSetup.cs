using Inkwell.Platform.Messaging.RabbitMq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Messaging;

/// <summary>Registers the event bus: the transport configuration chooses, each module's outbox relay, and handlers.</summary>
public static class MessagingSetup
{
    public const string InProcess = "InProcess";
    public const string RabbitMq = "RabbitMq";

    public static void AddEventBus(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BusOptions>().BindConfiguration(BusOptions.Section);
        var transport = builder.Configuration[$"{BusOptions.Section}:{nameof(BusOptions.Transport)}"] is { Length: > 0 } configured
            ? configured
            : InProcess;

        if (string.Equals(transport, InProcess, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.TryAddSingleton<IEventTransport, InProcessTransport>();
        }
        else if (string.Equals(transport, RabbitMq, StringComparison.OrdinalIgnoreCase))
        {
            builder.AddRabbitMqTransport();
        }
        else
        {
            throw new ConfigurationException($"Bus:Transport is '{transport}'; the supported transports are: {InProcess}, {RabbitMq}.");
        }
    }

    /// <summary>Sends the events <typeparamref name="TContext"/> commits to its outbox.</summary>
    public static void AddOutboxRelay<TContext>(this IHostApplicationBuilder builder)
        where TContext : DbContext
    {
        builder.Services.AddSingleton<OutboxRelay<TContext>>();
        builder.Services.AddSingleton<IOutboxRelay>(services => services.GetRequiredService<OutboxRelay<TContext>>());
        builder.Services.AddHostedService<OutboxRelayService<TContext>>();
        builder.Services.AddSingleton<IDeadLetterStore, OutboxDeadLetters<TContext>>();
    }

    /// <summary>
    /// Applies <typeparamref name="TEvent"/> with <typeparamref name="THandler"/>, exactly once per message, inside
    /// <typeparamref name="TContext"/>, the tables of <paramref name="module"/>.
    /// </summary>
    public static void AddEventHandler<TContext, TEvent, THandler>(this IHostApplicationBuilder builder, string module)
        where TContext : DbContext
        where THandler : IEventHandler<TEvent> =>
        builder.Services.AddSingleton<IEventConsumer>(services =>
            ActivatorUtilities.CreateInstance<InboxConsumer<TContext, TEvent, THandler>>(services, module));
}
