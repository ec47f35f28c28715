using Inkwell.Tests.Services.Infrastructure;

namespace Inkwell.Tests.Services;

/// <summary>
/// A gateway whose clusters list a live instance and one that was never started. Round robin sends every
/// second request to the dead one first and health probes are too rare to take it out meanwhile, so each
/// of those requests shows what the gateway repeats elsewhere and what it does not.
/// </summary>
[Collection(ServicesCollection.Name)]
public sealed class GatewayRetryTests(ServicesCluster cluster) : IAsyncLifetime
{
    private InkwellProcess _gateway = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var dead = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        _gateway = cluster.StartGateway(FreePort.Next(), [cluster.BackendAddresses[0], dead],
            ["--Gateway:LoadBalancing=RoundRobin", "--Gateway:HealthCheck:Interval=00:10:00"]);
        await _gateway.WaitUntilReadyAsync(ServicesCluster.StartTimeout);
        _client = new HttpClient { BaseAddress = _gateway.Address };
    }

    [Fact]
    public async Task Reads_and_updates_that_meet_a_dead_instance_are_sent_to_the_live_one()
    {
        for (var i = 0; i < 6; i++)
        {
            using var response = await _client.GetAsync("/api/tags");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var token = await RegisterAsync();
        for (var i = 0; i < 4; i++)
        {
            using var update = new HttpRequestMessage(HttpMethod.Put, "/api/user") { Content = JsonContent.Create(new { user = new { bio = $"bio {i}" } }) };
            update.Headers.TryAddWithoutValidation("Authorization", $"Token {token}");
            using var response = await _client.SendAsync(update);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"bio {i}", (string?)(await response.Content.ReadFromJsonAsync<JsonNode>())!["user"]!["bio"]);
        }

        Assert.True(_gateway.LinesContaining("GET /api/tags failed") >= 2, _gateway.Output);
        Assert.True(_gateway.LinesContaining("PUT /api/user failed") >= 1, _gateway.Output);
    }

    [Fact]
    public async Task A_post_that_meets_a_dead_instance_is_not_repeated()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
        {
            using var response = await _client.PostAsJsonAsync("/api/users/login", new { user = new { email = "nobody@example.com", password = "wrong-password" } });
            statuses.Add(response.StatusCode);
        }

        // One login went to the live instance (401, wrong password); the other met the dead one and was not sent again.
        Assert.Contains(HttpStatusCode.Unauthorized, statuses);
        Assert.Contains(HttpStatusCode.BadGateway, statuses);
        Assert.Equal(0, _gateway.LinesContaining("POST /api/users/login failed"));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
    }

    private async Task<string> RegisterAsync()
    {
        var name = $"retry{Guid.NewGuid():N}"[..20];
        var user = new { user = new { username = name, email = $"{name}@example.com", password = "password123" } };

        // Sign-up is a POST and may meet the dead instance; a second try lands on the live one.
        for (var i = 0; i < 2; i++)
        {
            using var response = await _client.PostAsJsonAsync("/api/users", user);
            if (response.StatusCode == HttpStatusCode.Created || response.StatusCode == HttpStatusCode.OK)
            {
                return (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["user"]!["token"]!;
            }
        }

        throw new InvalidOperationException("could not sign up through the gateway");
    }
}
