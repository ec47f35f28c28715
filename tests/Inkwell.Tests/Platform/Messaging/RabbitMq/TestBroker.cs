using System.Diagnostics;
using System.Text;
using RabbitMQ.Client;

namespace Inkwell.Tests.Platform.Messaging.RabbitMq;

/// <summary>
/// The RabbitMQ broker named by <c>INKWELL_TEST_RABBITMQ</c> (scripts/test.sh starts one with scripts/rabbitmq.sh),
/// and what tests do to it behind the application's back: publish raw messages, count queues, stop and start it.
/// </summary>
public static class TestBroker
{
    public const string Variable = "INKWELL_TEST_RABBITMQ";

    public static bool IsConfigured => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 };

    public static bool InCi => Environment.GetEnvironmentVariable("CI") is "true" or "1";

    public static string Uri => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } uri
        ? uri
        : throw new InvalidOperationException($"These tests need a RabbitMQ broker: {Variable}=$(scripts/rabbitmq.sh start)");

    public static async Task<IConnection> ConnectAsync() => await new ConnectionFactory { Uri = new Uri(Uri) }.CreateConnectionAsync();

    /// <summary>Publishes to the application's exchange as if a relay had, confirmed, with whatever payload the test wants.</summary>
    public static async Task PublishAsync(string @namespace, string type, Guid messageId, string payload)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var properties = new BasicProperties
        {
            MessageId = messageId.ToString(), Type = type, DeliveryMode = DeliveryModes.Persistent,
            Timestamp = new AmqpTimestamp(DateTimeOffset.UtcNow.ToUnixTimeSeconds()),
        };
        await channel.BasicPublishAsync($"{@namespace}.events", type, mandatory: true, properties, Encoding.UTF8.GetBytes(payload));
    }

    public static async Task<uint> MessageCountAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await channel.MessageCountAsync(queue);
    }

    /// <summary>Removes what a test host declared, so the broker does not collect queues run after run.</summary>
    public static async Task DeleteAsync(string @namespace, params string[] modules)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        foreach (var queue in modules.Select(m => $"{@namespace}.{m}"))
        {
            foreach (var name in new[] { queue, $"{queue}.retry", $"{queue}.dead" })
            {
                await channel.QueueDeleteAsync(name, ifUnused: false, ifEmpty: false);
            }
        }

        await channel.ExchangeDeleteAsync($"{@namespace}.events", ifUnused: false);
    }

    public static Task StopAsync() => ScriptAsync("stop");

    public static Task StartAsync() => ScriptAsync("start");

    private static async Task ScriptAsync(string verb)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot(), "scripts", "rabbitmq.sh"), verb])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(150)).Token);
        Assert.True(process.ExitCode == 0, $"scripts/rabbitmq.sh {verb} exited with {process.ExitCode}: {await output}{await errors}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Inkwell.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No Inkwell.slnx above the test binaries.");
    }
}

/// <summary>
/// A test that needs the broker. Without <c>INKWELL_TEST_RABBITMQ</c> it is skipped on a developer's machine, but in CI
/// it runs and fails: a broker test that does not run must not look like one that passed.
/// </summary>
public sealed class RabbitMqFactAttribute : FactAttribute
{
    public RabbitMqFactAttribute()
    {
        if (!TestBroker.IsConfigured && !TestBroker.InCi)
        {
            Skip = $"Needs a RabbitMQ broker: {TestBroker.Variable}=$(scripts/rabbitmq.sh start)";
        }
    }
}

/// <summary>Broker tests run one at a time: one of them stops the broker.</summary>
[CollectionDefinition(Name)]
public sealed class RabbitMqCollection
{
    public const string Name = "rabbitmq";
}
