using System.Collections.Concurrent;
using Inkwell.Worker.Jobs;

namespace Inkwell.Tests.Worker;

/// <summary>Fails its first two attempts for each key, then succeeds; counts every attempt.</summary>
internal sealed class FailsTwiceJob : BackgroundJob<FailsTwiceJob.Payload>
{
    public static readonly ConcurrentDictionary<string, int> Attempts = new();

    internal sealed record Payload(string Key);

    public override string Name => "test-fails-twice";

    protected override Task RunAsync(Payload payload, CancellationToken cancellationToken)
    {
        var attempt = Attempts.AddOrUpdate(payload.Key, 1, (_, n) => n + 1);
        return attempt <= 2 ? throw new InvalidOperationException($"attempt {attempt} fails on purpose") : Task.CompletedTask;
    }
}

/// <summary>Never succeeds.</summary>
internal sealed class AlwaysFailsJob : BackgroundJob<AlwaysFailsJob.Payload>
{
    internal sealed record Payload(string Key);

    public override string Name => "test-always-fails";

    protected override Task RunAsync(Payload payload, CancellationToken cancellationToken) =>
        throw new InvalidOperationException($"{payload.Key} cannot succeed");
}
