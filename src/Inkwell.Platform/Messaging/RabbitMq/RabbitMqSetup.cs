using Inkwell.Platform.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Inkwell.Platform.Messaging.RabbitMq;

/// <summary>Registers the broker transport, checking its configuration before anything starts.</summary>
internal static class RabbitMqSetup
{
    private const string UriKey = $"{BusOptions.Section}:{nameof(BusOptions.RabbitMq)}";

    public static void AddRabbitMqTransport(this IHostApplicationBuilder builder)
    {
        var uri = builder.Configuration[UriKey];
        if (string.IsNullOrWhiteSpace(uri)
            || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
            || parsed.Scheme is not ("amqp" or "amqps"))
        {
            throw new ConfigurationException(
                $"Bus:Transport is RabbitMq, so {UriKey} must be the broker's AMQP URI "
                + $"(for example Bus__RabbitMq=amqp://guest:guest@127.0.0.1:5672/); it is '{uri}'.");
        }

        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RabbitMqNames>();
        services.AddSingleton<RabbitMqConnection>();
        services.AddSingleton<RabbitMqPublisher>();
        services.AddSingleton<RabbitMqTopology>();
        services.AddSingleton<RabbitMqRetries>();
        services.AddSingleton<LocalDeliveries>();
        services.AddSingleton<RabbitMqConsumers>();
        services.AddSingleton<IEventTransport, RabbitMqTransport>();
        services.AddSingleton<IDeadLetterStore, RabbitMqDeadLetters>();
        services.AddHostedService<RabbitMqConsumerService>();
        services.AddInkwellHealthChecks().AddCheck<BrokerHealthCheck>(
            BrokerHealthCheck.Name, tags: [HealthEndpoints.ReadyTag, HealthEndpoints.EngineTag], timeout: TimeSpan.FromSeconds(5));
    }
}
