using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Inkwell.Tests.Platform.Messaging.RabbitMq;

/// <summary>
/// The real host with <c>Bus:Transport=RabbitMq</c>, under a namespace of its own on the test broker (so hosts never
/// consume each other's events), retrying quickly so dead-lettering is seen within a test.
/// </summary>
public sealed class RabbitMqFactory : InkwellFactory
{
    public const int MaxAttempts = 3;

    public string Namespace { get; } = $"inkwell-test-{Guid.NewGuid().ToString("N")[..12]}";

    public string ContentQueue => $"{Namespace}.content";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bus:Transport", "RabbitMq");
        builder.UseSetting("Bus:RabbitMq", TestBroker.Uri);
        builder.UseSetting("Bus:Namespace", Namespace);
        builder.UseSetting("Bus:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Bus:FirstBackoff", "00:00:00.100");
        builder.UseSetting("Bus:MaxBackoff", "00:00:00.200");
    }

    /// <summary>Starts the host and waits until it consumes its queue, so the tests' own messages have somewhere to go.</summary>
    public async Task StartConsumingAsync()
    {
        _ = Services;
        await using var connection = await TestBroker.ConnectAsync();
        await Eventually.HoldsAsync(async () =>
        {
            await using var channel = await connection.CreateChannelAsync();
            try
            {
                return await channel.ConsumerCountAsync(ContentQueue) > 0;
            }
            catch (RabbitMQ.Client.Exceptions.OperationInterruptedException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), $"a consumer on {ContentQueue}");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && TestBroker.IsConfigured)
        {
            try
            {
                TestBroker.DeleteAsync(Namespace, "content").GetAwaiter().GetResult();
            }
            catch (Exception error) when (error is RabbitMQ.Client.Exceptions.BrokerUnreachableException)
            {
                // The broker is gone (a failed outage test); it is a throwaway one.
            }
        }
    }
}
