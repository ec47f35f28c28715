using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Platform.Messaging.RabbitMq;
using Inkwell.Tests.Services.Infrastructure;
using Inkwell.Tests.Worker;

namespace Inkwell.Tests.Services.WorkerAlone;

/// <summary>
/// A worker with neither Identity nor Content in its process does its whole job over the gateway: mail on events, and
/// its scheduled work at the modules that own the data; the endpoints it uses open to nobody else.
/// </summary>
[Collection(WorkerAloneCollection.Name)]
public sealed class WorkerAloneTests(WorkerAloneFixture fixture)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(45);

    private readonly ApiClient _api = new(new HttpClient { BaseAddress = fixture.Gateway?.Address, Timeout = TimeSpan.FromSeconds(30) });

    [RabbitMqFact]
    public async Task The_worker_runs_alone_with_no_module_api_and_only_its_own_database_check()
    {
        var report = JsonNode.Parse(await _api.Http.GetStringAsync(new Uri(fixture.Worker.Address, "/health/ready")))!;
        using var tags = await _api.Http.GetAsync(new Uri(fixture.Worker.Address, "/api/tags"));

        Assert.Equal("Healthy", (string?)report["status"]);
        Assert.Contains("worker-database", report["checks"]!.AsObject().Select(c => c.Key));
        Assert.DoesNotContain(report["checks"]!.AsObject().Select(c => c.Key), name => name is "identity-database" or "content-database");
        Assert.Equal(HttpStatusCode.NotFound, tags.StatusCode);
    }

    [RabbitMqFact]
    public async Task A_follow_through_the_gateway_gets_the_followed_person_a_mail_whose_unsubscribe_link_works()
    {
        var followed = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();

        await (await _api.PostAsync($"/api/profiles/{followed.Username}/follow", null, follower.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var mail = await MailFolder.WaitForAsync(fixture.MailFolder, followed.Email, m => m.Subject?.Contains(follower.Username, StringComparison.Ordinal) == true);

        Assert.Equal($"{follower.Username} is now following you on Inkwell", mail.Subject);
        var token = Uri.UnescapeDataString(MailFolder.UnsubscribeLink(mail).Query["?token=".Length..]);
        var unsubscribed = await (await _api.PostAsync("/api/users/unsubscribe", new { mail = new { token } })).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(followed.Username, (string?)unsubscribed["mail"]!["username"]);
    }

    [RabbitMqFact]
    public async Task The_trending_tags_job_recomputes_at_the_content_module()
    {
        var author = await _api.RegisterAsync();
        var tag = ApiClient.Unique("alone");

        await _api.CreateArticleAsync(author, tags: [tag]);

        await Eventually.HoldsAsync(async () =>
        {
            var trending = await (await _api.GetAsync("/api/tags/trending?count=50")).ReadJsonAsync(HttpStatusCode.OK);
            return trending["tags"]!.AsArray().Any(t => (string?)t == tag);
        }, Timeout, $"'{tag}' among the trending tags", () => fixture.Worker.Output);
    }

    [RabbitMqFact]
    public async Task The_refresh_token_purge_deletes_a_revoked_sign_in_at_the_identity_module()
    {
        var user = await _api.RegisterAsync();
        var login = await (await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var refreshToken = login["user"]!["refreshToken"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NoContent, (await _api.PostAsync("/api/users/logout", new { user = new { refreshToken } })).StatusCode);

        await Eventually.HoldsAsync(
            async () => await fixture.CountAsync("SELECT COUNT(*) FROM identity_refresh_tokens WHERE \"RevokedAt\" IS NOT NULL") == 0,
            Timeout, "the revoked refresh token to be purged", () => fixture.Worker.Output);
        Assert.Equal("", await fixture.TextAsync("SELECT COALESCE(MAX(\"Error\"), '') FROM worker_scheduled_runs WHERE \"Outcome\" = 'failed'"));
    }

    [RabbitMqFact]
    public async Task The_service_endpoints_through_the_gateway_refuse_a_persons_token_and_no_token()
    {
        var user = await _api.RegisterAsync();

        foreach (var (method, path) in new[] { ("GET", "/api/users/mail-recipients/1"), ("POST", "/api/users/refresh-tokens/purge"), ("GET", "/api/articles/feed/1"), ("POST", "/api/tags/trending/recompute") })
        {
            await (await _api.SendAsync(new HttpMethod(method), path)).AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
            await (await _api.SendAsync(new HttpMethod(method), path, token: user.Token)).AssertErrorAsync(HttpStatusCode.Forbidden, "token");
        }
    }
}
