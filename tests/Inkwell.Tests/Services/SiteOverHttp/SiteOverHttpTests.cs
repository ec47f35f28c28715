using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;
using Inkwell.Tests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inkwell.Tests.Services.SiteOverHttp;

/// <summary>The website run alone: everything a person does goes to the modules' APIs, on their behalf, with their token.</summary>
[Collection(SiteOverHttpCollection.Name)]
public sealed class SiteOverHttpTests(SiteOverHttpFixture fixture)
{
    private readonly HttpClient _api = new() { BaseAddress = fixture.ModulesAddress };

    [Fact]
    public async Task Writing_commenting_favoriting_and_following_on_the_site_reach_the_modules_as_the_signed_in_person()
    {
        var author = new SiteClient(fixture.Site);
        var authorName = await author.SignUpAsync();
        var reader = new SiteClient(fixture.Site);
        var readerName = await reader.SignUpAsync();

        var published = await author.SubmitAsync("/editor", new Dictionary<string, string>
        {
            ["Input.Title"] = $"Over HTTP {authorName}", ["Input.Description"] = "d", ["Input.Body"] = "Sent by the site.", ["Input.Tags"] = "remote",
        }, "/editor?handler=publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var slug = published.Headers.Location!.ToString().Split('/')[^1];

        var commented = await reader.SubmitAsync($"/article/{slug}", new Dictionary<string, string> { ["CommentBody"] = "Well put." },
            $"/article/{slug}?handler=comment");
        var favorited = await reader.SubmitAsync($"/article/{slug}", new Dictionary<string, string>(), $"/article/{slug}?handler=favorite");
        var followed = await reader.SubmitAsync($"/profile/{authorName}", new Dictionary<string, string>(), $"/profile/{authorName}?handler=follow");
        Assert.All([commented, favorited, followed], response => Assert.Equal(HttpStatusCode.Redirect, response.StatusCode));

        var article = (await _api.GetFromJsonAsync<JsonNode>($"/api/articles/{slug}"))!["article"]!;
        Assert.Equal(authorName, (string?)article["author"]!["username"]);
        Assert.Equal(1, (int)article["favoritesCount"]!);
        var comments = (await _api.GetFromJsonAsync<JsonNode>($"/api/articles/{slug}/comments"))!["comments"]!.AsArray();
        Assert.Equal(readerName, (string?)Assert.Single(comments)!["author"]!["username"]);

        // The reader's page shows their own flags, which only their token could have asked for.
        var page = await reader.Http.GetStringAsync($"/article/{slug}");
        Assert.Contains("Well put.", page, StringComparison.Ordinal);
        Assert.Contains($"Unfollow {authorName}", page, StringComparison.Ordinal);
        Assert.Contains("Unfavorite", page, StringComparison.Ordinal);
        Assert.Contains($"Over HTTP {authorName}", await reader.Http.GetStringAsync("/?feed=your"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validation_errors_from_the_modules_are_shown_next_to_the_fields_with_422()
    {
        var site = new SiteClient(fixture.Site);
        var signUp = await site.SubmitAsync("/register", new Dictionary<string, string>
        {
            ["Input.Username"] = "", ["Input.Email"] = "not-an-email", ["Input.Password"] = "short",
        });
        var signUpPage = await signUp.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, signUp.StatusCode);
        Assert.Contains("Username can&#x27;t be blank.", signUpPage, StringComparison.Ordinal);
        Assert.Contains("Email is invalid.", signUpPage, StringComparison.Ordinal);

        await site.SignUpAsync();
        var publish = await site.SubmitAsync("/editor", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Description"] = "", ["Input.Body"] = "", ["Input.Tags"] = "",
        }, "/editor?handler=publish");
        var editor = await publish.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, publish.StatusCode);
        Assert.Contains("Title can&#x27;t be blank.", editor, StringComparison.Ordinal);
        Assert.Contains("Body can&#x27;t be blank.", editor, StringComparison.Ordinal);

        var login = await new SiteClient(fixture.Site).SubmitAsync("/login", new Dictionary<string, string>
        {
            ["Input.Email"] = "nobody@example.com", ["Input.Password"] = "wrong-password",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, login.StatusCode);
    }

    [Fact]
    public async Task The_mail_switch_and_an_unsubscribe_link_reach_identity()
    {
        var site = new SiteClient(fixture.Site);
        var username = await site.SignUpAsync();
        var saved = await site.SubmitAsync("/settings", new Dictionary<string, string>
        {
            ["Input.Username"] = username, ["Input.Email"] = $"{username}@example.com", ["Input.Bio"] = "Writes remotely.", ["Input.Image"] = "",
            ["Input.EmailNotifications"] = "false",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var token = await LoginAsync(username);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/user/mail");
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", token);
        var mail = (await (await _api.SendAsync(request)).Content.ReadFromJsonAsync<JsonNode>())!["mail"]!;
        Assert.False((bool)mail["emailNotifications"]!);
        Assert.Contains("Writes remotely.", await site.Http.GetStringAsync($"/profile/{username}"), StringComparison.Ordinal);

        var unsubscribe = await site.SubmitAsync("/unsubscribe?token=forged", new Dictionary<string, string> { ["token"] = "forged" });
        Assert.Equal(HttpStatusCode.BadRequest, unsubscribe.StatusCode);
    }

    [Fact]
    public async Task An_expiring_access_token_is_renewed_and_after_sign_out_the_old_cookie_leads_to_the_sign_in_page()
    {
        var site = new SiteClient(fixture.Site);
        var username = await site.SignUpAsync();

        // Renewed 30 s before it expires: with 40 s tokens, from 10 s after sign-up on. The new tokens go into a new cookie.
        HttpResponseMessage renewed = null!;
        await Eventually.HoldsAsync(async () =>
        {
            renewed = await site.Http.GetAsync("/settings");
            return renewed.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("inkwell.session", StringComparison.Ordinal));
        }, TimeSpan.FromSeconds(45), "the site to renew the access token");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Contains($"{username}@example.com", await renewed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(fixture.Modules.RequestsServed("/api/users/token") >= 1, fixture.Modules.Output);
        var cookie = string.Join("; ", renewed.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        var signedOut = await site.SubmitAsync("/settings", new Dictionary<string, string>(), "/logout");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // Sign-out revoked the sign-in at Identity: the old cookie's refresh token is refused, so that cookie signs in no more.
        // Its access token stays valid until it is due for renewal (10 s after it was issued); then the renewal fails.
        using var replay = fixture.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        HttpResponseMessage response = null!;
        await Eventually.HoldsAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/settings");
            request.Headers.Add("Cookie", cookie);
            response = await replay.SendAsync(request);
            return response.StatusCode != HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(45), "the old cookie to stop working");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?ReturnUrl=%2Fsettings", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_module_that_does_not_answer_shows_the_site_unavailable_page_with_503()
    {
        var dead = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        await using var site = fixture.Site.WithWebHostBuilder(web => web.UseSetting("Services:Content", dead.ToString()));
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var home = await client.GetAsync("/");
        using var feed = await client.GetAsync("/feed.rss");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, home.StatusCode);
        Assert.Contains("Temporarily unavailable", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, feed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }

    [Fact]
    public async Task On_a_website_alone_a_moderator_hides_an_article_and_locks_an_account_through_the_modules_and_the_audit_names_them()
    {
        var author = new SiteClient(fixture.Site);
        var authorName = await author.SignUpAsync();
        var published = await author.SubmitAsync("/editor", new Dictionary<string, string>
        {
            ["Input.Title"] = $"Moderated {authorName}", ["Input.Description"] = "d", ["Input.Body"] = "b", ["Input.Tags"] = "",
        }, "/editor?handler=publish");
        var slug = published.Headers.Location!.ToString().Split('/')[^1];
        var (moderator, moderatorName) = await SignInWithRoleAsync("moderator");

        var page = await moderator.Http.GetStringAsync($"/article/{slug}");
        var hidden = await moderator.SubmitAsync($"/article/{slug}", new Dictionary<string, string>(), $"/article/{slug}?handler=Hide&hidden=true");
        using var afterHiding = await _api.GetAsync($"/api/articles/{slug}");
        var users = await moderator.Http.GetStringAsync("/admin/users");
        var locked = await moderator.SubmitAsync("/admin/users", new Dictionary<string, string>(), $"/admin/users?handler=Lock&username={authorName}");
        using var login = await _api.PostAsJsonAsync("/api/users/login", new { user = new { email = $"{authorName}@example.com", password = ApiClient.Password } });
        using var data = await moderator.Http.GetAsync("/admin/data/content/Article");
        var (admin, _) = await SignInWithRoleAsync("admin");
        var audit = await admin.Http.GetStringAsync($"/admin/audit?actor={moderatorName}");

        Assert.Contains("Hide article", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, afterHiding.StatusCode);
        Assert.Contains($"data-user=\"{authorName}\"", users, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("/error/403", data.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("content / Article", audit, StringComparison.Ordinal);
        Assert.Contains("identity / User", audit, StringComparison.Ordinal);
        Assert.Contains(moderatorName, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_website_alone_an_admin_sees_every_modules_tables_and_edits_an_article_through_contents_admin_api()
    {
        var author = new SiteClient(fixture.Site);
        var authorName = await author.SignUpAsync();
        var title = $"Edited remotely {authorName}";
        var published = await author.SubmitAsync("/editor", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Description"] = "d", ["Input.Body"] = "b", ["Input.Tags"] = "",
        }, "/editor?handler=publish");
        var slug = published.Headers.Location!.ToString().Split('/')[^1];
        var (admin, adminName) = await SignInWithRoleAsync("admin");

        var start = await admin.Http.GetStringAsync("/admin");
        var found = await admin.Http.GetStringAsync($"/admin/data/content/Article?search={Uri.EscapeDataString(title)}");
        var id = System.Text.RegularExpressions.Regex.Match(found, "<tr data-key=\"([0-9]+)\"").Groups[1].Value;
        var edited = await admin.SubmitAsync($"/admin/data/content/Article/{id}/edit", new Dictionary<string, string> { ["Values[Title]"] = title + " (admin)" });
        var tooLong = await admin.SubmitAsync($"/admin/data/content/Article/{id}/edit", new Dictionary<string, string> { ["Values[Title]"] = new string('x', 1000) });
        var article = (await _api.GetFromJsonAsync<JsonNode>($"/api/articles/{slug}"))!["article"]!;
        var audit = await admin.Http.GetStringAsync($"/admin/audit?entity=Article&actor={adminName}");

        Assert.Contains("data-module=\"identity\"", start, StringComparison.Ordinal);
        Assert.Contains("data-module=\"content\"", start, StringComparison.Ordinal);
        Assert.Contains("data-module=\"web\"", start, StringComparison.Ordinal);
        Assert.NotEmpty(id);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        Assert.Contains("Title is too long", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(title + " (admin)", (string?)article["title"]);
        Assert.Contains(System.Net.WebUtility.HtmlEncode($"\"Title\":\"{title} (admin)\""), audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_website_alone_an_admin_sees_the_workers_jobs_and_tables_through_its_admin_api()
    {
        var (admin, _) = await SignInWithRoleAsync("admin");

        var start = await admin.Http.GetStringAsync("/admin");
        var jobs = await admin.Http.GetStringAsync("/admin/jobs");
        var runs = await admin.Http.GetAsync("/admin/data/worker/ScheduledRun");
        var unknown = await admin.SubmitAsync("/admin/jobs", new Dictionary<string, string>(), "/admin/jobs?handler=Retry&id=999999999");

        Assert.Contains("data-module=\"worker\"", start, StringComparison.Ordinal);
        Assert.Contains("/admin/data/worker/BackgroundJob", start, StringComparison.Ordinal);
        Assert.Contains("trending-tags", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain("does not run in this process", jobs, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, runs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    /// <summary>Signs up on the site alone, is given the role by an operator at the modules' database, and signs in again.</summary>
    private async Task<(SiteClient Site, string Username)> SignInWithRoleAsync(string role)
    {
        var username = await new SiteClient(fixture.Site).SignUpAsync();
        var granted = await fixture.Commands.RunAsync("users", "set-role", username, role);
        Assert.True(granted.ExitCode == 0, granted.ToString());
        var site = new SiteClient(fixture.Site);
        var signedIn = await site.SubmitAsync("/login", new Dictionary<string, string>
        {
            ["Input.Email"] = $"{username}@example.com", ["Input.Password"] = ApiClient.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return (site, username);
    }

    [Fact]
    public async Task An_article_published_at_a_module_shows_at_once_on_the_sites_anonymous_home_page()
    {
        using var visitor = fixture.Site.CreateClient();
        await visitor.GetStringAsync("/");
        var name = ApiClient.Unique("remote");
        using var registered = await _api.PostAsJsonAsync("/api/users",
            new { user = new { username = name, email = $"{name}@example.com", password = ApiClient.Password } });
        registered.EnsureSuccessStatusCode();
        var title = ApiClient.Unique("Fresh over HTTP ");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles")
        {
            Content = JsonContent.Create(new { article = new { title, description = "d", body = "b" } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Token", await LoginAsync(name));
        (await _api.SendAsync(request)).EnsureSuccessStatusCode();

        Assert.Contains(title, await visitor.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private async Task<string> LoginAsync(string username)
    {
        using var response = await _api.PostAsJsonAsync("/api/users/login",
            new { user = new { email = $"{username}@example.com", password = ApiClient.Password } });
        return (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["user"]!["token"]!;
    }
}
