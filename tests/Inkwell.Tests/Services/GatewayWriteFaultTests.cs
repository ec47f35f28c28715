using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Inkwell.Tests.Services.Infrastructure;
using Xunit.Abstractions;

namespace Inkwell.Tests.Services;

/// <summary>
/// Writes through the gateway while one of the two instances that serve Content dies with SIGKILL. The gateway never
/// repeats a POST (docs/decisions/0008), so a write that met the dying instance fails, and the client is told so; what
/// is promised is that no acknowledged write is lost, and that reads meanwhile do not fail at all.
/// </summary>
[Collection(ServicesCollection.Name)]
public sealed class GatewayWriteFaultTests(ServicesCluster cluster, ITestOutputHelper output)
{
    [Fact]
    public async Task Killing_an_instance_under_write_load_loses_no_acknowledged_write_and_fails_no_read()
    {
        await cluster.BothBackendsInRotationAsync();
        var victim = cluster.Backends[1];
        using var http = new HttpClient { BaseAddress = cluster.Gateway.Address, Timeout = TimeSpan.FromSeconds(30) };
        var writers = new List<WriteLoad.Writer>();
        for (var i = 0; i < 4; i++)
        {
            writers.Add(await SignUpAsync(http));
        }

        var writes = new WriteLoad(cluster.Gateway.Address, clients: 4, maxDuration: TimeSpan.FromSeconds(60));
        var reads = new ReadLoad(cluster.Gateway.Address, clients: 2, maxRequests: 20_000, maxDuration: TimeSpan.FromSeconds(60));
        var writing = writes.RunAsync(writers);
        var reading = reads.RunAsync();
        await Eventually.HoldsAsync(() => Task.FromResult(victim.RequestsServed("/api/articles") >= 10 || writing.IsCompleted),
            TimeSpan.FromSeconds(30), "the killed-to-be instance to take part of the writes");

        victim.Kill();
        var killedAt = writes.Elapsed;
        writes.StopIn(TimeSpan.FromSeconds(4));
        reads.StopIn(TimeSpan.FromSeconds(4));
        await writing;
        var readResult = await reading;

        var acknowledged = writes.Articles.Count + writes.Comments.Count + writes.Favorites.Count;
        output.WriteLine($"writes acknowledged: {acknowledged} ({writes.Articles.Count} articles, {writes.Comments.Count} comments, "
            + $"{writes.Favorites.Count} favorites), {writes.AcknowledgedAt.Count(at => at > killedAt)} of them after the kill; "
            + $"writes failed: {writes.Failures.Count} ({string.Join(", ", writes.Failures.GroupBy(f => f).Select(g => $"{g.Count()} x {g.Key}"))}); "
            + $"reads: {readResult.Requests}, failed: {readResult.Failures.Count}");

        Assert.True(writes.AcknowledgedAt.Count(at => at > killedAt) >= 10, "the writes went on after the kill");
        Assert.Empty(readResult.Failures);

        // A failed write is the gateway saying the instance failed (502 Bad Gateway when it died under the request or
        // was found dead; 503/504 when none was left or it fell silent), never a 2xx and never a client error.
        Assert.All(writes.Failures, failure => Assert.Matches("^(502|503|504|HttpRequestException|TaskCanceledException|IOException) ", failure));

        // Acknowledged ⇒ stored: every article, comment and favorite the client saw succeed is there afterwards.
        foreach (var slug in writes.Articles)
        {
            using var article = await http.GetAsync($"/api/articles/{slug}");
            Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        }

        foreach (var group in writes.Comments.GroupBy(c => c.Slug))
        {
            var stored = (await http.GetFromJsonAsync<JsonNode>($"/api/articles/{group.Key}/comments"))!["comments"]!.AsArray()
                .Select(c => (long)c!["id"]!).ToHashSet();
            Assert.All(group, comment => Assert.Contains(comment.Id, stored));
        }

        foreach (var favorite in writes.Favorites)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/articles/{favorite.Slug}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", favorite.By.Token);
            using var response = await http.SendAsync(request);
            Assert.True((bool)(await response.Content.ReadFromJsonAsync<JsonNode>())!["article"]!["favorited"]!, $"{favorite.By.Username} favorited {favorite.Slug}");
        }

        await cluster.BothBackendsInRotationAsync();
    }

    private static async Task<WriteLoad.Writer> SignUpAsync(HttpClient http)
    {
        var name = $"writer{Guid.NewGuid():N}"[..20];
        using var response = await http.PostAsJsonAsync("/api/users", new { user = new { username = name, email = $"{name}@example.com", password = "password123" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return new WriteLoad.Writer(name, (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["user"]!["token"]!);
    }
}
