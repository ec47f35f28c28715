namespace Inkwell.Tests.Limits;

public sealed class RateLimitTests(LimitedInkwellFactory host) : IClassFixture<LimitedInkwellFactory>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task An_anonymous_client_over_its_limit_gets_429_with_Retry_After_and_another_client_does_not()
    {
        var (greedy, other) = (LimitedInkwellFactory.NewAddress(), LimitedInkwellFactory.NewAddress());
        for (var i = 0; i < LimitedInkwellFactory.AnonymousLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(greedy, HttpMethod.Get, "/api/tags")).StatusCode);
        }

        await (await host.SendAsync(greedy, HttpMethod.Get, "/api/tags")).AssertRateLimitedAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(other, HttpMethod.Get, "/api/tags")).StatusCode);
    }

    [Fact]
    public async Task Health_probes_are_never_rate_limited()
    {
        var prober = LimitedInkwellFactory.NewAddress();
        for (var i = 0; i < LimitedInkwellFactory.AnonymousLimit; i++)
        {
            await host.SendAsync(prober, HttpMethod.Get, "/api/tags");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.SendAsync(prober, HttpMethod.Get, "/api/tags")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(prober, HttpMethod.Get, "/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_is_counted_as_themselves_wherever_they_send_from()
    {
        var first = await RegisterAsync(LimitedInkwellFactory.NewAddress());
        var second = await RegisterAsync(LimitedInkwellFactory.NewAddress());
        var shared = LimitedInkwellFactory.NewAddress();

        for (var i = 0; i < LimitedInkwellFactory.SignedInLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(shared, HttpMethod.Get, "/api/user", token: first)).StatusCode);
        }

        // From another address the same user is still over the limit ...
        await (await host.SendAsync(LimitedInkwellFactory.NewAddress(), HttpMethod.Get, "/api/user", token: first)).AssertRateLimitedAsync();

        // ... while another user and an anonymous reader on the same address are not.
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(shared, HttpMethod.Get, "/api/user", token: second)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(shared, HttpMethod.Get, "/api/tags")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_and_sign_up_posts_have_a_tighter_limit_per_address()
    {
        var guesser = LimitedInkwellFactory.NewAddress();
        for (var i = 0; i < LimitedInkwellFactory.SignInLimit; i++)
        {
            var login = await host.SendAsync(guesser, HttpMethod.Post, "/api/users/login", Credentials($"nobody{i}-{guesser}@example.com", "wrong"));
            Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        }

        await (await host.SendAsync(guesser, HttpMethod.Post, "/api/users", NewUser(Unique()))).AssertRateLimitedAsync();
        await (await host.SendAsync(guesser, HttpMethod.Post, "/api/users/login", Credentials("someone@example.com", "x"))).AssertRateLimitedAsync();

        var elsewhere = await host.SendAsync(LimitedInkwellFactory.NewAddress(), HttpMethod.Post, "/api/users", NewUser(Unique()));
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Failed_sign_ins_to_one_account_are_limited_from_any_address_and_other_accounts_are_not()
    {
        var target = Unique();
        var bystander = Unique();
        await RegisterAsync(LimitedInkwellFactory.NewAddress(), target);
        await RegisterAsync(LimitedInkwellFactory.NewAddress(), bystander);

        for (var i = 0; i < LimitedInkwellFactory.FailedSignInLimit; i++)
        {
            var wrong = await host.SendAsync(LimitedInkwellFactory.NewAddress(), HttpMethod.Post, "/api/users/login", Credentials($"{target}@example.com", $"guess {i}"));
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        // Even the right password waits now, from yet another address: the guesser learns nothing more.
        var right = await host.SendAsync(LimitedInkwellFactory.NewAddress(), HttpMethod.Post, "/api/users/login", Credentials($"{target}@example.com", Password));
        await right.AssertRateLimitedAsync();

        var other = await host.SendAsync(LimitedInkwellFactory.NewAddress(), HttpMethod.Post, "/api/users/login", Credentials($"{bystander}@example.com", Password));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Successful_sign_ins_do_not_use_up_the_account_limit()
    {
        var name = Unique();
        await RegisterAsync(LimitedInkwellFactory.NewAddress(), name);

        for (var i = 0; i < LimitedInkwellFactory.FailedSignInLimit + 2; i++)
        {
            var login = await host.SendAsync(LimitedInkwellFactory.NewAddress(), HttpMethod.Post, "/api/users/login", Credentials($"{name}@example.com", Password));
            Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        }
    }

    [Fact]
    public async Task X_Forwarded_For_from_an_untrusted_peer_is_ignored()
    {
        var peer = LimitedInkwellFactory.NewAddress();
        for (var i = 0; i < LimitedInkwellFactory.AnonymousLimit; i++)
        {
            var spoofed = await host.SendAsync(peer, HttpMethod.Get, "/api/tags", forwardedFor: $"192.0.2.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
        }

        // A fresh forwarded address does not help: the peer itself is the client, and it is over its limit.
        await (await host.SendAsync(peer, HttpMethod.Get, "/api/tags", forwardedFor: "192.0.2.200")).AssertRateLimitedAsync();
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_or_network_the_forwarded_client_is_counted_not_the_proxy()
    {
        var client = LimitedInkwellFactory.NewAddress();
        for (var i = 0; i < LimitedInkwellFactory.AnonymousLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.SendAsync("10.9.9.9", HttpMethod.Get, "/api/tags", forwardedFor: client)).StatusCode);
        }

        // The same client through another trusted gateway (in 10.8.0.0/16) is still over its limit ...
        await (await host.SendAsync("10.8.3.4", HttpMethod.Get, "/api/tags", forwardedFor: client)).AssertRateLimitedAsync();

        // ... and the proxies themselves are not: their other clients pass.
        var another = LimitedInkwellFactory.NewAddress();
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync("10.9.9.9", HttpMethod.Get, "/api/tags", forwardedFor: another)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync("10.8.3.4", HttpMethod.Get, "/api/tags", forwardedFor: LimitedInkwellFactory.NewAddress())).StatusCode);
    }

    [Fact]
    public async Task The_site_sign_in_and_sign_up_forms_share_the_per_address_limit_and_showing_them_is_free()
    {
        var visitor = LimitedInkwellFactory.NewAddress();
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(visitor, HttpMethod.Get, "/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(visitor, HttpMethod.Get, "/register")).StatusCode);
        for (var i = 0; i < LimitedInkwellFactory.SignInLimit; i++)
        {
            // No antiforgery token: refused by the form (400), but counted as an attempt.
            var post = await host.SendAsync(visitor, HttpMethod.Post, i % 2 == 0 ? "/login" : "/register");
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }

        var refused = await host.SendAsync(visitor, HttpMethod.Post, "/register");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RateLimitAssertions.RetryAfterSeconds(refused), 1, 60);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> RegisterAsync(string address, string? username = null)
    {
        var response = await host.SendAsync(address, HttpMethod.Post, "/api/users", NewUser(username ?? Unique()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["user"]!["token"]!.GetValue<string>();
    }

    private static string Unique() => $"rl{Guid.NewGuid().ToString("N")[..10]}";

    private static object NewUser(string username) => new { user = new { username, email = $"{username}@example.com", password = Password } };

    private static object Credentials(string email, string password) => new { user = new { email, password } };
}
