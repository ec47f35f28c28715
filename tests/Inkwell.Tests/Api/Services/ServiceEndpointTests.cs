using Inkwell.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Tests.Api.Services;

/// <summary>
/// The endpoints the worker calls when it runs alone: open to a service token only, and strict about their input.
/// </summary>
public sealed class ServiceEndpointTests(ServiceClientFactory factory) : IClassFixture<ServiceClientFactory>
{
    public static readonly TheoryData<string, string> Endpoints = new()
    {
        { "GET", "/api/users/mail-recipients/1" },
        { "GET", "/api/users/mail-subscribers?count=10" },
        { "POST", "/api/users/mail-recipients/1/unsubscribe-token" },
        { "POST", "/api/users/refresh-tokens/purge" },
        { "GET", "/api/articles/feed/1" },
        { "POST", "/api/tags/trending/recompute" },
    };

    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_service_endpoint_refuses_a_request_without_a_token_with_401(string method, string path)
    {
        var response = await _api.SendAsync(new HttpMethod(method), path, new { trending = new { window = "7.00:00:00" } });

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task A_service_endpoint_refuses_a_persons_token_with_403(string method, string path)
    {
        var user = await _api.RegisterAsync();

        var response = await _api.SendAsync(new HttpMethod(method), path, new { trending = new { window = "7.00:00:00" } }, user.Token);

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "token");
    }

    [Fact]
    public async Task A_mail_recipient_is_read_by_user_id_and_an_unknown_id_is_404()
    {
        var token = await factory.ServiceTokenAsync();
        var user = await _api.RegisterAsync();

        var recipient = (await (await _api.GetAsync($"/api/users/mail-recipients/{IdOf(user)}", token)).ReadJsonAsync(HttpStatusCode.OK))["recipient"]!;
        var unknown = await _api.GetAsync("/api/users/mail-recipients/999999999", token);

        Assert.Equal(user.Email, (string?)recipient["email"]);
        Assert.Equal(user.Username, (string?)recipient["username"]);
        Assert.True((bool)recipient["emailNotifications"]!);
        await unknown.AssertErrorAsync(HttpStatusCode.NotFound, "user");
    }

    [Theory]
    [InlineData("/api/users/mail-recipients/abc", "userId")]
    [InlineData("/api/users/mail-recipients/0", "userId")]
    [InlineData("/api/users/mail-subscribers", "count")]
    [InlineData("/api/users/mail-subscribers?count=0", "count")]
    [InlineData("/api/users/mail-subscribers?count=1001", "count")]
    [InlineData("/api/users/mail-subscribers?count=10&after=-1", "after")]
    [InlineData("/api/articles/feed/-3", "readerId")]
    [InlineData("/api/articles/feed/1?limit=zero", "limit")]
    public async Task A_read_with_a_bad_id_or_page_is_422_naming_the_parameter(string path, string field)
    {
        var response = await _api.GetAsync(path, await factory.ServiceTokenAsync());

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, field);
    }

    [Fact]
    public async Task Subscribers_come_in_id_order_after_the_id_given_and_leave_out_who_switched_mail_off()
    {
        var token = await factory.ServiceTokenAsync();
        var first = await _api.RegisterAsync();
        var second = await _api.RegisterAsync();
        var third = await _api.RegisterAsync();
        await (await _api.PutAsync("/api/user/mail", new { mail = new { emailNotifications = false } }, second.Token)).ReadJsonAsync(HttpStatusCode.OK);

        var page = (await (await _api.GetAsync($"/api/users/mail-subscribers?after={IdOf(first) - 1}&count=1000", token))
            .ReadJsonAsync(HttpStatusCode.OK))["recipients"]!.AsArray();

        var ids = page.Select(r => (long)r!["userId"]!).ToList();
        Assert.Equal(IdOf(first), ids[0]);
        Assert.Contains(IdOf(third), ids);
        Assert.DoesNotContain(IdOf(second), ids);
        Assert.Equal(ids.Order().ToList(), ids);
    }

    [Fact]
    public async Task An_issued_unsubscribe_token_switches_that_users_mail_off()
    {
        var token = await factory.ServiceTokenAsync();
        var user = await _api.RegisterAsync();

        var issued = (await (await _api.PostAsync($"/api/users/mail-recipients/{IdOf(user)}/unsubscribe-token", null, token))
            .ReadJsonAsync(HttpStatusCode.OK))["unsubscribe"]!["token"]!.GetValue<string>();
        var unsubscribed = await (await _api.PostAsync("/api/users/unsubscribe", new { mail = new { token = issued } })).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(user.Username, (string?)unsubscribed["mail"]!["username"]);
        Assert.False((bool)unsubscribed["mail"]!["emailNotifications"]!);
    }

    [Fact]
    public async Task The_purge_deletes_a_revoked_refresh_token_and_says_how_many_went()
    {
        var token = await factory.ServiceTokenAsync();
        var user = await _api.RegisterAsync();
        var login = await (await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } }))
            .ReadJsonAsync(HttpStatusCode.OK);
        var refreshToken = login["user"]!["refreshToken"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await _api.PostAsync("/api/users/logout", new { user = new { refreshToken } })).StatusCode);

        var purged = await (await _api.PostAsync("/api/users/refresh-tokens/purge", null, token)).ReadJsonAsync(HttpStatusCode.OK);
        var again = await (await _api.PostAsync("/api/users/refresh-tokens/purge", null, token)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.True((int)purged["refreshTokens"]!["purged"]! >= 1);
        Assert.Equal(0, (int)again["refreshTokens"]!["purged"]!);
    }

    [Fact]
    public async Task A_readers_feed_by_id_shows_the_articles_of_whom_they_follow()
    {
        var token = await factory.ServiceTokenAsync();
        var author = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();
        await (await _api.PostAsync($"/api/profiles/{author.Username}/follow", null, reader.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var article = await _api.CreateArticleAsync(author);

        var feed = await (await _api.GetAsync($"/api/articles/feed/{IdOf(reader)}?limit=5", token)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal([article["slug"]!.GetValue<string>()], feed["articles"]!.AsArray().Select(a => (string)a!["slug"]!));
    }

    [Fact]
    public async Task Recomputing_ranks_a_tag_used_this_week_among_the_trending_tags()
    {
        var token = await factory.ServiceTokenAsync();
        var author = await _api.RegisterAsync();
        var tag = ApiClient.Unique("trend");
        await _api.CreateArticleAsync(author, tags: [tag]);

        var recomputed = await (await _api.PostAsync("/api/tags/trending/recompute", new { trending = new { window = "7.00:00:00" } }, token))
            .ReadJsonAsync(HttpStatusCode.OK);
        var trending = await (await _api.GetAsync("/api/tags/trending?count=50")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.True((int)recomputed["trending"]!["ranked"]! >= 1);
        Assert.Contains(tag, trending["tags"]!.AsArray().Select(t => (string)t!));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-1.00:00:00")]
    [InlineData("00:00:00")]
    [InlineData("400.00:00:00")]
    [InlineData(null)]
    public async Task Recomputing_with_a_window_that_is_not_a_positive_time_span_of_at_most_a_year_is_422(string? window)
    {
        var response = await _api.PostAsync("/api/tags/trending/recompute", new { trending = new { window } }, await factory.ServiceTokenAsync());

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "window");
    }

    [Fact]
    public async Task Recomputing_without_the_trending_envelope_is_422()
    {
        var response = await _api.PostAsync("/api/tags/trending/recompute", new { window = "7.00:00:00" }, await factory.ServiceTokenAsync());

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "trending");
    }

    private static long IdOf(SignedInUser user) => long.Parse(new JsonWebToken(user.Token).Subject, System.Globalization.CultureInfo.InvariantCulture);
}
