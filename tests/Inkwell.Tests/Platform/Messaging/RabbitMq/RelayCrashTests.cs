using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Xunit.Abstractions;

namespace Inkwell.Tests.Platform.Messaging.RabbitMq;

/// <summary>
/// A writer killed between committing events and having them confirmed: the next process on the same database sends
/// them, including one the broker had already received, and the inbox applies each exactly once.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class RelayCrashTests(ITestOutputHelper output) : IDisposable
{
    private const string Unsent = """SELECT count(*) FROM identity_outbox WHERE "SentAt" IS NULL""";
    private const string Events = "SELECT count(*) FROM identity_outbox";
    private const string Applied = "SELECT count(*) FROM content_inbox";
    private const string Users = "SELECT count(*) FROM identity_users";
    private const string Authors = "SELECT count(*) FROM content_authors";
    private const string Follows = "SELECT count(*) FROM identity_follows";
    private const string CopiedFollows = "SELECT count(*) FROM content_follows";
    private const int InFlight = 10;

    private readonly TestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("inkwell-crash").FullName;
    private readonly string _namespace = $"inkwell-test-{Guid.NewGuid().ToString("N")[..12]}";

    [RabbitMqFact]
    public async Task Events_left_unconfirmed_by_a_killed_writer_are_sent_by_the_next_process_and_applied_once()
    {
        var probe = new DatabaseProbe(_database, _folder);
        await using var gate = new TcpGate(new Uri(TestBroker.Uri));
        using (var writer = await InkwellServer.StartAsync([.. probe.Settings, .. Bus(gate.Uri)], _folder))
        {
            using var http = new HttpClient { BaseAddress = writer.Address, Timeout = TimeSpan.FromMinutes(1) };
            var api = new ApiClient(http);
            var users = new List<SignedInUser>();
            for (var i = 0; i < 4; i++)
            {
                users.Add(await api.RegisterAsync());
            }

            (await api.PostAsync($"/api/profiles/{users[0].Username}/follow", null, users[1].Token)).EnsureSuccessStatusCode();
            (await api.PostAsync($"/api/profiles/{users[0].Username}/follow", null, users[2].Token)).EnsureSuccessStatusCode();
            await Eventually.HoldsAsync(async () => await probe.ScalarAsync(CopiedFollows) == 2, TimeSpan.FromSeconds(20), "the first follows copied");

            // From here the broker takes the writer's publishes but its confirms never arrive: the relay is stuck
            // mid-batch with the first event published and unconfirmed, the rest committed and waiting behind it.
            gate.DropReplies();
            var requests = Enumerable.Range(0, InFlight).Select(_ => Register(http)).ToList();
            await Eventually.HoldsAsync(async () => await probe.ScalarAsync(Users) == 4 + InFlight, TimeSpan.FromSeconds(30), "the in-flight registrations committed");
            await Task.Delay(TimeSpan.FromSeconds(1));
            writer.Kill();
            await Task.WhenAll(requests.Select(r => r.ContinueWith(_ => { }, TaskScheduler.Default)));
        }

        var unsentAfterKill = await probe.ScalarAsync(Unsent);
        Assert.True(unsentAfterKill >= InFlight, $"only {unsentAfterKill} events were left unsent by the kill");
        // The broker did receive the first of them: it waits in the queue, so the next relay's send makes it a duplicate.
        await Eventually.HoldsAsync(async () => await TestBroker.MessageCountAsync($"{_namespace}.content") >= 1, TimeSpan.FromSeconds(20),
            "the unconfirmed event back in the queue");

        using var next = await InkwellServer.StartAsync([.. probe.Settings, .. Bus(TestBroker.Uri)], _folder);
        var drained = await Eventually.HoldsAsync(
            async () => await probe.ScalarAsync(Unsent) == 0 && await probe.ScalarAsync(Authors) == 4 + InFlight
                && await probe.ScalarAsync(Applied) == await probe.ScalarAsync(Events),
            TimeSpan.FromSeconds(60),
            "the next process sending and applying what the killed one left");
        output.WriteLine($"{unsentAfterKill} events unsent after the kill; the next process had them applied {drained.TotalSeconds:N1} s after it answered");

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(await probe.ScalarAsync(Events), await probe.ScalarAsync(Applied));
        Assert.Equal(await probe.ScalarAsync(Users), await probe.ScalarAsync(Authors));
        Assert.Equal(await probe.ScalarAsync(Follows), await probe.ScalarAsync(CopiedFollows));
    }

    public void Dispose()
    {
        _database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (TestBroker.IsConfigured)
        {
            TestBroker.DeleteAsync(_namespace, "content").GetAwaiter().GetResult();
        }
    }

    private static Task<HttpResponseMessage> Register(HttpClient http)
    {
        var username = ApiClient.Unique("inflight");
        return http.PostAsJsonAsync("/api/users", new { user = new { username, email = $"{username}@example.com", password = ApiClient.Password } });
    }

    private string[] Bus(string uri) =>
        ["--Bus:Transport=RabbitMq", $"--Bus:RabbitMq={uri}", $"--Bus:Namespace={_namespace}", "--Demo:Enabled=false"];
}
