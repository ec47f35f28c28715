using Inkwell.Content.Data;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Identity.Data;
using Inkwell.Platform.Messaging;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Platform.Messaging;

/// <summary><c>inkwell events dead-letters</c> on the in-process transport: the outbox's dead-lettered rows, listed and replayed.</summary>
public sealed class OutboxDeadLetterCommandTests(OutboxFactory factory) : IClassFixture<OutboxFactory>
{
    [Fact]
    public async Task The_dead_letters_command_lists_a_dead_lettered_outbox_row_and_replays_it_once_the_cause_is_fixed()
    {
        var userId = Random.Shared.NextInt64(30_000_000, 40_000_000);
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var message = EventTypes.ToOutboxMessage(new UserRegistered(userId, ApiClient.Unique("blocked"), null, null, DateTime.UtcNow), DateTime.UtcNow);
        await BlockedAuthor.BlockAsync(content, userId);
        identity.Set<OutboxMessage>().Add(message);
        await identity.SaveChangesAsync();
        for (var flush = 0; flush < OutboxFactory.MaxAttempts; flush++)
        {
            await RelayAsync();
        }

        var (listed, list, _) = await InkwellCommand.RunAsync(factory, [], "events", "dead-letters", "list", "--queue", "identity_outbox");
        await BlockedAuthor.UnblockAsync(content, userId);
        var (replayed, replay, _) = await InkwellCommand.RunAsync(factory, [], "events", "dead-letters", "replay");
        await RelayAsync();

        Assert.Equal(0, listed);
        var row = list.Split('\n').Single(line => line.Contains(message.MessageId.ToString(), StringComparison.Ordinal));
        Assert.Contains("identity_outbox", row, StringComparison.Ordinal);
        Assert.Contains(nameof(UserRegistered), row, StringComparison.Ordinal);
        Assert.Contains($"author {userId} is blocked", row, StringComparison.Ordinal);
        Assert.Equal(0, replayed);
        Assert.Contains("identity_outbox", replay, StringComparison.Ordinal);
        Assert.True(await content.Authors.AnyAsync(a => a.Id == userId));
        var sent = await identity.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageId == message.MessageId);
        Assert.Null(sent.DeadLetteredAt);
        Assert.NotNull(sent.SentAt);
    }

    [Fact]
    public async Task An_unknown_queue_exits_with_code_2_and_names_the_queues()
    {
        var (exitCode, _, stderr) = await InkwellCommand.RunAsync(factory, [], "events", "dead-letters", "list", "--queue", "nonsense");

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown queue 'nonsense'. Queues: identity_outbox, content_outbox.", stderr, StringComparison.Ordinal);
    }

    private async Task RelayAsync()
    {
        foreach (var relay in factory.Services.GetServices<IOutboxRelay>())
        {
            await relay.FlushAsync(CancellationToken.None);
        }
    }
}
