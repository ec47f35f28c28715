using System.Text.Json;
using Inkwell.Content.Data;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Identity.Data;
using Inkwell.Platform.Messaging;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Platform.Messaging.RabbitMq;

/// <summary>Identity's events reach Content through a real RabbitMQ broker: confirmed, applied once, retried, dead-lettered, replayed.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RabbitMqTransportTests(RabbitMqFactory factory) : IClassFixture<RabbitMqFactory>, IAsyncLifetime
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(20);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ApiClient _api = factory.CreateApiClient();

    public Task InitializeAsync() => factory.StartConsumingAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [RabbitMqFact]
    public async Task Registering_and_following_reach_contents_copy_through_the_broker()
    {
        Assert.DoesNotContain("InProcess", factory.Services.GetRequiredService<IEventTransport>().GetType().Name, StringComparison.Ordinal);
        var writer = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();

        (await _api.PostAsync($"/api/profiles/{writer.Username}/follow", null, reader.Token)).EnsureSuccessStatusCode();

        var writerId = await UserIdAsync(writer.Username);
        var readerId = await UserIdAsync(reader.Username);
        await Eventually.HoldsAsync(
            () => ContentAsync(c => c.Authors.AnyAsync(a => a.Id == writerId && a.Username == writer.Username)), Delivery, "the writer in Content's copy");
        await Eventually.HoldsAsync(
            () => ContentAsync(c => c.AuthorFollows.AnyAsync(f => f.FollowerId == readerId && f.FolloweeId == writerId)), Delivery, "the follow in Content's copy");
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Set<OutboxMessage>().AllAsync(m => m.SentAt != null));
    }

    [RabbitMqFact]
    public async Task A_new_author_and_a_new_follow_show_in_the_very_next_request()
    {
        var writer = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();

        var article = await _api.CreateArticleAsync(writer);
        (await _api.PostAsync($"/api/profiles/{writer.Username}/follow", null, reader.Token)).EnsureSuccessStatusCode();
        var feed = await (await _api.GetAsync("/api/articles/feed", reader.Token)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(writer.Username, article["author"]!["username"]!.GetValue<string>());
        Assert.Equal(1, feed["articlesCount"]!.GetValue<int>());
        Assert.True(feed["articles"]![0]!["author"]!["following"]!.GetValue<bool>());
    }

    [RabbitMqFact]
    public async Task A_message_delivered_twice_is_applied_once()
    {
        var user = await _api.RegisterAsync();
        var userId = await UserIdAsync(user.Username);
        var update = Guid.NewGuid();
        var payload = JsonSerializer.Serialize(new ProfileUpdated(userId, user.Username, "first", null, DateTime.UtcNow.AddMinutes(1)), Json);

        await TestBroker.PublishAsync(factory.Namespace, nameof(ProfileUpdated), update, payload);
        await Eventually.HoldsAsync(() => ContentAsync(c => c.Authors.AnyAsync(a => a.Id == userId && a.Bio == "first")), Delivery, "the first delivery applied");
        await ContentAsync(c => c.Authors.Where(a => a.Id == userId).ExecuteUpdateAsync(a => a.SetProperty(x => x.Bio, "changed since")));
        await TestBroker.PublishAsync(factory.Namespace, nameof(ProfileUpdated), update, payload);
        var after = await PublishRegistrationAsync("after");

        // The queue is consumed in order, so once the later message is applied the repeat has been handled too.
        await Eventually.HoldsAsync(() => ContentAsync(c => c.Authors.AnyAsync(a => a.Id == after)), Delivery, "the message after the repeat");
        Assert.Equal("changed since", await ContentAsync(c => c.Authors.Where(a => a.Id == userId).Select(a => a.Bio).SingleAsync()));
        Assert.Equal(1, await ContentAsync(c => c.Set<InboxMessage>().CountAsync(m => m.MessageId == update)));
    }

    [RabbitMqFact]
    public async Task A_poison_message_ends_in_the_dead_letter_queue_after_the_configured_attempts_and_the_next_message_is_still_handled()
    {
        var poison = Guid.NewGuid();
        await TestBroker.PublishAsync(factory.Namespace, nameof(UserRegistered), poison, "{ this is not json");
        var healthy = await PublishRegistrationAsync("healthy");

        await Eventually.HoldsAsync(() => ContentAsync(c => c.Authors.AnyAsync(a => a.Id == healthy)), Delivery, "the message after the poison one");
        var dead = await Eventually.HoldsAsync(async () => (await DeadLettersAsync()).Any(d => d.MessageId == poison.ToString()), Delivery, "the poison message dead-lettered");

        var letter = (await DeadLettersAsync()).Single(d => d.MessageId == poison.ToString());
        Assert.Equal(RabbitMqFactory.MaxAttempts, letter.Attempts);
        Assert.Equal(nameof(UserRegistered), letter.Type);
        Assert.Contains("JsonException", letter.LastError, StringComparison.Ordinal);
        Assert.Equal("{ this is not json", letter.Payload);
        Assert.Equal(0u, await TestBroker.MessageCountAsync(factory.ContentQueue));
        Assert.True(dead < Delivery);
    }

    [RabbitMqFact]
    public async Task The_dead_letters_command_lists_a_failed_event_and_replays_it_once_the_cause_is_fixed()
    {
        var userId = Random.Shared.NextInt64(10_000_000, 20_000_000);
        await ContentAsync(c => BlockedAuthor.BlockAsync(c, userId));
        var message = await PublishRegistrationAsync("blocked", userId);
        await Eventually.HoldsAsync(async () => (await DeadLettersAsync()).Any(d => d.MessageId == message.ToString()), Delivery, "the blocked registration dead-lettered");
        string[] bus = ["--Bus:Transport=RabbitMq", $"--Bus:RabbitMq={TestBroker.Uri}", $"--Bus:Namespace={factory.Namespace}"];

        var (listed, list, _) = await InkwellCommand.RunAsync(factory, bus, "events", "dead-letters", "list", "--queue", factory.ContentQueue);
        await ContentAsync(c => BlockedAuthor.UnblockAsync(c, userId));
        var (replayed, replay, _) = await InkwellCommand.RunAsync(factory, bus, "events", "dead-letters", "replay", "--queue", factory.ContentQueue);

        Assert.Equal(0, listed);
        var row = list.Split('\n').Single(line => line.Contains(message.ToString(), StringComparison.Ordinal));
        Assert.Contains(factory.ContentQueue, row, StringComparison.Ordinal);
        Assert.Contains(nameof(UserRegistered), row, StringComparison.Ordinal);
        Assert.Contains($"author {userId} is blocked", row, StringComparison.Ordinal);
        Assert.Contains($" {RabbitMqFactory.MaxAttempts} ", row, StringComparison.Ordinal);
        Assert.Equal(0, replayed);
        Assert.Contains(factory.ContentQueue, replay, StringComparison.Ordinal);
        await Eventually.HoldsAsync(() => ContentAsync(c => c.Authors.AnyAsync(a => a.Id == userId)), Delivery, "the replayed registration applied");
        Assert.DoesNotContain(await DeadLettersAsync(), d => d.MessageId == message.ToString());
    }

    private async Task<long> PublishRegistrationAsync(string prefix)
    {
        var userId = Random.Shared.NextInt64(20_000_000, 30_000_000);
        await PublishRegistrationAsync(prefix, userId);
        return userId;
    }

    private async Task<Guid> PublishRegistrationAsync(string prefix, long userId)
    {
        var message = Guid.NewGuid();
        var payload = JsonSerializer.Serialize(new UserRegistered(userId, ApiClient.Unique(prefix), null, null, DateTime.UtcNow), Json);
        await TestBroker.PublishAsync(factory.Namespace, nameof(UserRegistered), message, payload);
        return message;
    }

    private async Task<IReadOnlyList<DeadLetter>> DeadLettersAsync()
    {
        var broker = factory.Services.GetServices<IDeadLetterStore>().Single(s => s.Queues.Contains(factory.ContentQueue));
        return await broker.ListAsync(factory.ContentQueue, CancellationToken.None);
    }

    private async Task<long> UserIdAsync(string username)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().Users.Where(u => u.Username == username).Select(u => u.Id).SingleAsync();
    }

    private async Task<T> ContentAsync<T>(Func<ContentDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }

    private async Task ContentAsync(Func<ContentDbContext, Task> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await command(scope.ServiceProvider.GetRequiredService<ContentDbContext>());
    }
}
