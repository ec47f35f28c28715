using Inkwell.Platform.Admin;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Web;

/// <summary>Moderators hide articles and comments from everyone but their authors, and lock accounts; each change is audited.</summary>
[Collection(ApiCollection.Name)]
public sealed class ModerationTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_hidden_article_vanishes_for_everyone_but_its_author_who_sees_it_marked_hidden()
    {
        var author = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();
        var tag = ApiClient.Unique("mod");
        var slug = (await _api.CreateArticleAsync(author, tags: [tag]))["slug"]!.GetValue<string>();
        var (moderator, moderatorName) = await BackOfficeSite.SignInAsAsync(factory, Roles.Moderator);

        var hide = await moderator.SubmitAsync($"/article/{slug}", new Dictionary<string, string>(), $"/article/{slug}?handler=Hide&hidden=true");

        Assert.Equal(HttpStatusCode.Redirect, hide.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/articles/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/articles/{slug}", reader.Token)).StatusCode);
        Assert.Empty((await (await _api.GetAsync($"/api/articles?tag={tag}")).ReadJsonAsync(HttpStatusCode.OK))["articles"]!.AsArray());
        Assert.Empty((await (await _api.GetAsync($"/api/articles?author={author.Username}")).ReadJsonAsync(HttpStatusCode.OK))["articles"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.Http.GetAsync($"/article/{slug}")).StatusCode);
        var own = await (await _api.GetAsync($"/api/articles/{slug}", author.Token)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(own["article"]!["hidden"]!.GetValue<bool>());
        Assert.Single((await (await _api.GetAsync($"/api/articles?author={author.Username}", author.Token)).ReadJsonAsync(HttpStatusCode.OK))["articles"]!.AsArray());
        Assert.Contains(await AuditAsync(moderatorName), e => e is { Entity: "Article", Action: "updated" } && e.After!.Contains("\"HiddenAt\":\"", StringComparison.Ordinal));

        await moderator.SubmitAsync("/", new Dictionary<string, string>(), $"/article/{slug}?handler=Hide&hidden=false");
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"/api/articles/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Hiding_an_article_is_a_write_the_read_cache_and_the_output_cache_see_at_once()
    {
        var author = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();
        var tag = ApiClient.Unique("cached");
        var slug = (await _api.CreateArticleAsync(author, tags: [tag]))["slug"]!.GetValue<string>();
        var (moderator, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Moderator);
        // Read once by everyone (the output cache) and once by a signed-in reader (the read cache), so both hold the page.
        Assert.Equal(1, (await ListAsync($"?tag={tag}", token: null))["articlesCount"]!.GetValue<int>());
        Assert.Equal(1, (await ListAsync($"?tag={tag}", reader.Token))["articlesCount"]!.GetValue<int>());

        await moderator.SubmitAsync($"/article/{slug}", new Dictionary<string, string>(), $"/article/{slug}?handler=Hide&hidden=true");

        foreach (var token in new[] { null, reader.Token })
        {
            var page = await ListAsync($"?tag={tag}", token);
            Assert.Equal(0, page["articlesCount"]!.GetValue<int>());
            Assert.Empty(page["articles"]!.AsArray());
        }

        await moderator.SubmitAsync("/", new Dictionary<string, string>(), $"/article/{slug}?handler=Hide&hidden=false");
        Assert.Equal(1, (await ListAsync($"?tag={tag}", token: null))["articlesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_hidden_comment_vanishes_for_everyone_but_its_author()
    {
        var author = await _api.RegisterAsync();
        var commenter = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author))["slug"]!.GetValue<string>();
        var comment = (await (await _api.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body = "Rude words" } }, commenter.Token))
            .ReadJsonAsync(HttpStatusCode.OK))["comment"]!["id"]!.GetValue<long>();
        var (moderator, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Moderator);

        var hide = await moderator.SubmitAsync($"/article/{slug}", new Dictionary<string, string>(), $"/article/{slug}?handler=HideComment&id={comment}&hidden=true");
        var forOthers = await (await _api.GetAsync($"/api/articles/{slug}/comments", author.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var forCommenter = await (await _api.GetAsync($"/api/articles/{slug}/comments", commenter.Token)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Redirect, hide.StatusCode);
        Assert.Empty(forOthers["comments"]!.AsArray());
        Assert.True(forCommenter["comments"]!.AsArray().Single()!["hidden"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_plain_user_cannot_hide_and_nothing_changes()
    {
        var author = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author))["slug"]!.GetValue<string>();
        var (user, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.User);

        var hide = await user.SubmitAsync($"/article/{slug}", new Dictionary<string, string>(), $"/article/{slug}?handler=Hide&hidden=true");

        Assert.Equal(HttpStatusCode.Redirect, hide.StatusCode);
        Assert.StartsWith("/error/403", hide.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"/api/articles/{slug}")).StatusCode);
    }

    [Fact]
    public async Task A_moderator_locks_an_account_it_can_no_longer_sign_in_and_the_lock_is_audited()
    {
        var target = await _api.RegisterAsync();
        var (moderator, moderatorName) = await BackOfficeSite.SignInAsAsync(factory, Roles.Moderator);

        var locked = await moderator.SubmitAsync("/admin/users", new Dictionary<string, string>(), $"/admin/users?handler=Lock&username={target.Username}");
        var login = await _api.PostAsync("/api/users/login", new { user = new { email = target.Email, password = ApiClient.Password } });

        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(await AuditAsync(moderatorName), e => e is { Module: "identity", Entity: "User", Action: "updated" } && e.After!.Contains("\"LockedAt\":\"", StringComparison.Ordinal));
    }

    private async Task<System.Text.Json.Nodes.JsonObject> ListAsync(string query, string? token) =>
        await (await _api.GetAsync($"/api/articles{query}", token)).ReadJsonAsync(HttpStatusCode.OK);

    private async Task<IReadOnlyList<AuditRecord>> AuditAsync(string actor)
    {
        using var scope = factory.Services.CreateScope();
        var entries = new List<AuditRecord>();
        foreach (var catalogue in scope.ServiceProvider.GetServices<IAdminCatalogue>())
        {
            entries.AddRange((await catalogue.ListAuditAsync(new AuditQuery(new Paging(100, 0), null, actor), CancellationToken.None)).Entries);
        }

        return entries;
    }
}
