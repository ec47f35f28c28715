using System.Net;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Identity.Data;
using Inkwell.Platform.Messaging;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Platform.Messaging;

/// <summary>Identity's events reach Content through the transactional outbox: committed with the change, sent once in effect, never lost.</summary>
public sealed class OutboxTests(OutboxFactory factory) : IClassFixture<OutboxFactory>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Registering_commits_a_user_registered_event_that_is_sent_before_the_response_and_copied_into_content()
    {
        var user = await _api.RegisterAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var userId = await identity.Users.Where(u => u.Username == user.Username).Select(u => u.Id).SingleAsync();
        var message = await identity.Set<OutboxMessage>().SingleAsync(m => m.Type == nameof(UserRegistered) && m.Payload.Contains($"\"{user.Username}\""));
        Assert.NotNull(message.SentAt);

        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var author = await content.Authors.SingleAsync(a => a.Id == userId);
        Assert.Equal(user.Username, author.Username);
        Assert.True(await content.Set<InboxMessage>().AnyAsync(m => m.MessageId == message.MessageId));
    }

    [Fact]
    public async Task A_registration_that_fails_leaves_no_event_behind()
    {
        var taken = await _api.RegisterAsync();
        var before = await CountOutboxAsync();

        var response = await _api.PostAsync("/api/users", new { user = new { username = taken.Username, email = $"{taken.Username}-2@example.com", password = "password123" } });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(before, await CountOutboxAsync());
    }

    [Fact]
    public async Task An_event_left_unsent_by_a_crash_is_delivered_by_the_next_flush()
    {
        // A row committed with its change whose process died before relaying it: exactly what a crash leaves.
        var userId = Random.Shared.NextInt64(1_000_000, 2_000_000);
        var username = ApiClient.Unique("crashed");
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        identity.Set<OutboxMessage>().Add(EventTypes.ToOutboxMessage(new UserRegistered(userId, username, "bio", null, DateTime.UtcNow), DateTime.UtcNow));
        await identity.SaveChangesAsync();

        Assert.False(await AuthorExistsAsync(userId));
        await RelayAsync();

        Assert.True(await AuthorExistsAsync(userId));
    }

    [Fact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        var user = await _api.RegisterAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var author = await content.Authors.AsNoTracking().SingleAsync(a => a.Username == user.Username);
        var update = EventTypes.ToOutboxMessage(new ProfileUpdated(author.Id, user.Username, "first", null, DateTime.UtcNow.AddMinutes(1)), DateTime.UtcNow);
        var consumer = scope.ServiceProvider.GetServices<IEventConsumer>().Single(c => c.EventType == nameof(ProfileUpdated));

        await consumer.ConsumeAsync(update.ToEnvelope(), CancellationToken.None);
        await content.Authors.Where(a => a.Id == author.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.Bio, "changed since"));
        await consumer.ConsumeAsync(update.ToEnvelope(), CancellationToken.None);

        Assert.Equal("changed since", await content.Authors.Where(a => a.Id == author.Id).Select(a => a.Bio).SingleAsync());
        Assert.Equal(1, await content.Set<InboxMessage>().CountAsync(m => m.MessageId == update.MessageId));
    }

    [Fact]
    public async Task An_older_profile_update_arriving_late_does_not_overwrite_a_newer_one()
    {
        var user = await _api.RegisterAsync();
        await _api.PutAsync("/api/user", new { user = new { bio = "the newest bio" } }, user.Token);
        await using var scope = factory.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var author = await content.Authors.AsNoTracking().SingleAsync(a => a.Username == user.Username);
        var stale = EventTypes.ToOutboxMessage(new ProfileUpdated(author.Id, user.Username, "a stale bio", null, author.ProfileUpdatedAt.AddSeconds(-1)), DateTime.UtcNow);

        await scope.ServiceProvider.GetServices<IEventConsumer>().Single(c => c.EventType == nameof(ProfileUpdated)).ConsumeAsync(stale.ToEnvelope(), CancellationToken.None);

        Assert.Equal("the newest bio", await content.Authors.Where(a => a.Id == author.Id).Select(a => a.Bio).SingleAsync());
    }

    [Fact]
    public async Task A_poison_message_is_retried_then_dead_lettered_without_blocking_the_events_after_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var poison = new OutboxMessage { MessageId = Guid.NewGuid(), Type = nameof(UserRegistered), Payload = "{ this is not json", OccurredAt = DateTime.UtcNow };
        var healthyId = Random.Shared.NextInt64(2_000_000, 3_000_000);
        var healthy = EventTypes.ToOutboxMessage(new UserRegistered(healthyId, ApiClient.Unique("after"), null, null, DateTime.UtcNow), DateTime.UtcNow);
        identity.Set<OutboxMessage>().AddRange(poison, healthy);
        await identity.SaveChangesAsync();

        for (var flush = 0; flush < OutboxFactory.MaxAttempts; flush++)
        {
            await RelayAsync();
        }

        var dead = await identity.Set<OutboxMessage>().AsNoTracking().SingleAsync(m => m.MessageId == poison.MessageId);
        Assert.Equal(OutboxFactory.MaxAttempts, dead.Attempts);
        Assert.NotNull(dead.DeadLetteredAt);
        Assert.Null(dead.SentAt);
        Assert.Contains("JsonException", dead.LastError, StringComparison.Ordinal);
        Assert.True(await AuthorExistsAsync(healthyId));
    }

    // Only outbox rows are saved above, and rows alone raise no event, so nothing is relayed until the test flushes.
    private async Task RelayAsync()
    {
        foreach (var relay in factory.Services.GetServices<IOutboxRelay>())
        {
            await relay.FlushAsync(CancellationToken.None);
        }
    }

    private async Task<int> CountOutboxAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Set<OutboxMessage>().CountAsync();
    }

    private async Task<bool> AuthorExistsAsync(long userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Authors.AnyAsync(a => a.Id == userId);
    }
}
