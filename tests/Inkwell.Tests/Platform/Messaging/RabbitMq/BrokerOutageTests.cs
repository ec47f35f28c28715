using System.Diagnostics;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Xunit.Abstractions;

namespace Inkwell.Tests.Platform.Messaging.RabbitMq;

/// <summary>The broker goes away while people keep writing; when it is back, every event arrives, once.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class BrokerOutageTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(20);

    private readonly RabbitMqFactory _factory = new();

    [RabbitMqFact]
    public async Task Writes_during_a_20_second_broker_outage_all_reach_contents_copy_once_the_broker_is_back()
    {
        await _factory.StartConsumingAsync();
        var api = _factory.CreateApiClient();
        var writers = new Writers(api);
        await writers.RegisterAsync(6);

        using var stop = new CancellationTokenSource();
        var writing = writers.KeepWritingAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(3));
        await TestBroker.StopAsync();
        var down = Stopwatch.StartNew();
        var writesBefore = writers.Count;
        try
        {
            await Task.Delay(Outage);
        }
        finally
        {
            await TestBroker.StartAsync();
        }

        // The writes stop as the broker answers, so what follows measures the backlog draining, not new writes.
        await stop.CancelAsync();
        await writing;
        var writesDuringOutage = writers.Count - writesBefore;

        var drained = await Eventually.HoldsAsync(
            async () => (await CopyComparison.ReadAsync(_factory.Services)) is { Matches: true, Unsent: 0 }, TimeSpan.FromSeconds(90),
            "Content's copy matching Identity after the outage");
        var final = await CopyComparison.ReadAsync(_factory.Services);
        output.WriteLine($"Broker stopped to answering again: {down.Elapsed.TotalSeconds - drained.TotalSeconds:N1} s; {writers.Count} writes, "
            + $"{writesDuringOutage} during the outage; the copy matched {drained.TotalSeconds:N1} s after the broker answered; {final}");

        Assert.True(writesDuringOutage >= 20, $"only {writesDuringOutage} writes during the outage");
        Assert.Equal(0, final.DeadLettered);
        // One handler per event type in Content: one inbox row per event means each was applied exactly once.
        Assert.Equal(final.Events, final.Applied);
        Assert.Equal(writers.Count + 6, final.Events);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Registrations, follows and unfollows through the API, one after another, each a committed event.</summary>
    private sealed class Writers(ApiClient api)
    {
        private readonly List<SignedInUser> _users = [];
        private readonly List<(SignedInUser Follower, SignedInUser Followee)> _follows = [];
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public async Task RegisterAsync(int users)
        {
            for (var i = 0; i < users; i++)
            {
                _users.Add(await api.RegisterAsync());
            }
        }

        public async Task KeepWritingAsync(CancellationToken stop)
        {
            for (var step = 0; !stop.IsCancellationRequested; step++)
            {
                await WriteAsync(step);
                Interlocked.Increment(ref _count);
                await Task.Delay(50, CancellationToken.None);
            }
        }

        private async Task WriteAsync(int step)
        {
            switch (step % 4)
            {
                case 0:
                    _users.Add(await api.RegisterAsync());
                    break;
                case 3 when _follows.Count > 0:
                    var (follower, followee) = _follows[Random.Shared.Next(_follows.Count)];
                    (await api.DeleteAsync($"/api/profiles/{followee.Username}/follow", follower.Token)).EnsureSuccessStatusCode();
                    _follows.Remove((follower, followee));
                    break;
                default:
                    var pair = NewPair();
                    (await api.PostAsync($"/api/profiles/{pair.Followee.Username}/follow", null, pair.Follower.Token)).EnsureSuccessStatusCode();
                    _follows.Add(pair);
                    break;
            }
        }

        private (SignedInUser Follower, SignedInUser Followee) NewPair()
        {
            while (true)
            {
                var follower = _users[Random.Shared.Next(_users.Count)];
                var followee = _users[Random.Shared.Next(_users.Count)];
                if (follower != followee && !_follows.Contains((follower, followee)))
                {
                    return (follower, followee);
                }
            }
        }
    }
}
