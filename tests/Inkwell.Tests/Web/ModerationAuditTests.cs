using System.Text.Json.Nodes;
using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Web;

/// <summary>
/// Every change a moderator or admin makes is in the audit log once, with the row before and after: each operation the
/// back office and the moderation buttons run writes through tracked rows, and a bulk write past the audit is refused.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ModerationAuditTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Hiding_and_showing_an_article_audit_the_article_row_once_each_and_nothing_else()
    {
        var author = await _api.RegisterAsync();
        var article = (await _api.CreateArticleAsync(author, tags: [ApiClient.Unique("audited")]))["slug"]!.GetValue<string>();
        var (moderator, name) = await BackOfficeSite.SignInAsAsync(factory, Roles.Moderator);

        await moderator.SubmitAsync($"/article/{article}", new Dictionary<string, string>(), $"/article/{article}?handler=Hide&hidden=true");
        var hidden = Assert.Single(await AuditAsync(name));
        await moderator.SubmitAsync("/", new Dictionary<string, string>(), $"/article/{article}?handler=Hide&hidden=true");
        Assert.Single(await AuditAsync(name));
        await moderator.SubmitAsync("/", new Dictionary<string, string>(), $"/article/{article}?handler=Hide&hidden=false");
        var entries = await AuditAsync(name);

        Assert.Equal(("content", "Article", "updated"), (hidden.Module, hidden.Entity, hidden.Action));
        Assert.Null(Column(hidden.Before, "HiddenAt"));
        Assert.NotNull(Column(hidden.After, "HiddenAt"));
        Assert.Equal(2, entries.Count);
        var shown = entries.Single(e => e.Id != hidden.Id);
        Assert.Equal((hidden.Entity, hidden.EntityKey), (shown.Entity, shown.EntityKey));
        Assert.NotNull(Column(shown.Before, "HiddenAt"));
        Assert.Null(Column(shown.After, "HiddenAt"));
    }

    [Fact]
    public async Task Hiding_a_comment_audits_the_comment_row_once()
    {
        var author = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author))["slug"]!.GetValue<string>();
        var comment = (await (await _api.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body = "Loud" } }, author.Token))
            .ReadJsonAsync(HttpStatusCode.OK))["comment"]!["id"]!.GetValue<long>();
        var (moderator, name) = await BackOfficeSite.SignInAsAsync(factory, Roles.Moderator);

        await moderator.SubmitAsync($"/article/{slug}", new Dictionary<string, string>(), $"/article/{slug}?handler=HideComment&id={comment}&hidden=true");

        var entry = Assert.Single(await AuditAsync(name));
        Assert.Equal(("Comment", "updated", comment.ToString(System.Globalization.CultureInfo.InvariantCulture)), (entry.Entity, entry.Action, entry.EntityKey));
        Assert.Null(Column(entry.Before, "HiddenAt"));
        Assert.NotNull(Column(entry.After, "HiddenAt"));
    }

    [Fact]
    public async Task Locking_audits_the_account_and_each_sign_in_it_ends_once_and_unlocking_audits_the_account()
    {
        var target = await _api.RegisterAsync();
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync("/api/users/login", new { user = new { email = target.Email, password = ApiClient.Password } })).StatusCode);
        var liveSignIns = await LiveSignInsAsync(target.Username);
        var (moderator, name) = await BackOfficeSite.SignInAsAsync(factory, Roles.Moderator);

        await moderator.SubmitAsync("/admin/users", new Dictionary<string, string>(), $"/admin/users?handler=Lock&username={target.Username}");
        var locked = await AuditAsync(name);
        await moderator.SubmitAsync("/admin/users", new Dictionary<string, string>(), $"/admin/users?handler=Unlock&username={target.Username}");
        var unlocked = await AuditAsync(name);

        Assert.NotEmpty(liveSignIns);
        var user = Assert.Single(locked, e => e.Entity == "User");
        Assert.Null(Column(user.Before, "LockedAt"));
        Assert.NotNull(Column(user.After, "LockedAt"));
        var revoked = locked.Where(e => e.Entity == "RefreshToken").ToList();
        Assert.Equal(liveSignIns.Order(), revoked.Select(e => e.EntityKey).Order());
        Assert.All(revoked, e => Assert.True(Column(e.Before, "RevokedAt") is null && Column(e.After, "RevokedAt") is not null));
        Assert.All(locked, e => Assert.DoesNotContain("Hash", (e.Before ?? "") + e.After, StringComparison.Ordinal));
        Assert.Equal(1 + liveSignIns.Count, locked.Count);
        var unlock = Assert.Single(unlocked, e => locked.All(l => l.Id != e.Id));
        Assert.Equal(("User", user.EntityKey), (unlock.Entity, unlock.EntityKey));
        Assert.Null(Column(unlock.After, "LockedAt"));
    }

    [Fact]
    public async Task A_bulk_update_while_someone_is_audited_is_refused_and_changes_nothing()
    {
        var slug = (await _api.CreateArticleAsync(await _api.RegisterAsync(), title: "Left as it was"))["slug"]!.GetValue<string>();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        using (AuditActor.Begin(new AuditActor(1, "someone")))
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                db.Articles.Where(a => a.Slug == slug).ExecuteUpdateAsync(a => a.SetProperty(x => x.Title, "Changed past the audit")));
            Assert.Contains("past the audit", refused.Message, StringComparison.Ordinal);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.Articles.Where(a => a.Slug == slug).ExecuteDeleteAsync());
        }

        Assert.Equal("Left as it was", await db.Articles.Where(a => a.Slug == slug).Select(a => a.Title).SingleAsync());
    }

    [Fact]
    public async Task An_admin_removing_a_follow_reaches_contents_copy_which_is_not_audited_as_the_admin()
    {
        var author = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();
        await _api.CreateArticleAsync(author);
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync($"/api/profiles/{author.Username}/follow", null, follower.Token)).StatusCode);
        var key = await FollowKeyAsync(follower.Username, author.Username);
        using var scope = factory.Services.CreateScope();
        var identity = scope.ServiceProvider.GetServices<IAdminCatalogue>().Single(c => c.Module == "identity");
        var actor = ApiClient.Unique("admin");

        Result<string> removed;
        using (AuditActor.Begin(new AuditActor(1, actor)))
        {
            removed = await identity.DeleteAsync("Follow", key, CancellationToken.None);
        }

        Assert.True(removed.Succeeded);
        var feed = await (await _api.GetAsync("/api/articles/feed", follower.Token)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Empty(feed["articles"]!.AsArray());
        var entry = Assert.Single(await AuditAsync(actor));
        Assert.Equal(("identity", "Follow", "deleted"), (entry.Module, entry.Entity, entry.Action));
    }

    private static JsonNode? Column(string? json, string column) => json is null ? null : JsonNode.Parse(json)![column];

    private async Task<List<string>> LiveSignInsAsync(string username)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var userId = await db.Users.Where(u => u.Username == username).Select(u => u.Id).SingleAsync();
        return (await db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null).Select(t => t.Id).ToListAsync())
            .Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    private async Task<string> FollowKeyAsync(string follower, string followee)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var ids = await db.Users.Where(u => u.Username == follower || u.Username == followee).ToDictionaryAsync(u => u.Username, u => u.Id);
        return FormattableString.Invariant($"{ids[follower]},{ids[followee]}");
    }

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
