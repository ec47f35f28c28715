using Inkwell.Platform.Admin;
using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Web;

/// <summary>Who gets into the back office, and what it never shows.</summary>
[Collection(ApiCollection.Name)]
public sealed class BackOfficeAccessTests(InkwellFactory factory)
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/data/content/Article")]
    [InlineData("/admin/audit")]
    [InlineData("/admin/jobs")]
    [InlineData("/admin/users")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var response = await new SiteClient(factory).Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/data/identity/User")]
    [InlineData("/admin/users")]
    public async Task A_plain_user_is_refused_with_403(string url)
    {
        var (site, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.User);

        var (location, status) = await BackOfficeSite.RefusalAsync(site, url);

        Assert.StartsWith("/error/403", location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task A_moderator_gets_moderation_but_not_the_data_the_audit_log_or_the_jobs()
    {
        var (site, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Moderator);

        var start = await site.Http.GetStringAsync("/admin");
        var users = await site.Http.GetAsync("/admin/users");

        Assert.Contains("/admin/users", start, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/data/", start, StringComparison.Ordinal);
        Assert.DoesNotContain("/admin/audit", start, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        foreach (var url in new[] { "/admin/data/content/Article", "/admin/data/content/Article/new", "/admin/audit", "/admin/jobs" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await BackOfficeSite.RefusalAsync(site, url)).Status);
        }
    }

    [Fact]
    public async Task An_admin_sees_every_entity_of_every_module_but_no_secret_and_no_plumbing()
    {
        var (site, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Admin);
        using var scope = factory.Services.CreateScope();
        var entities = new List<AdminEntity>();
        foreach (var catalogue in scope.ServiceProvider.GetServices<IAdminCatalogue>())
        {
            entities.AddRange(await catalogue.ListEntitiesAsync(CancellationToken.None));
        }

        var start = await site.Http.GetStringAsync("/admin");
        var users = await site.Http.GetStringAsync("/admin/data/identity/User?sort=-Id");
        var tokens = await site.Http.GetStringAsync("/admin/data/identity/RefreshToken");

        Assert.Subset(entities.Select(e => e.Name).ToHashSet(), new HashSet<string>
        {
            "User", "Follow", "RefreshToken", "Article", "Comment", "Tag", "Favorite", "BackgroundJob", "ScheduledRun", "UptimeResult", "SiteDocument",
        });
        Assert.DoesNotContain(entities, e => e.Name is nameof(AuditEntry) or "OutboxMessage" or "InboxMessage");
        Assert.DoesNotContain(entities.SelectMany(e => e.Fields), f => f.Name.Contains("Hash", StringComparison.Ordinal) || f.Name.Contains("Password", StringComparison.Ordinal));
        Assert.All(entities, e => Assert.Contains($"/admin/data/{e.Module}/{e.Name}", start, StringComparison.Ordinal));
        Assert.DoesNotContain("PasswordHash", users, StringComparison.Ordinal);
        Assert.DoesNotContain("AQAAAA", users, StringComparison.Ordinal);
        Assert.DoesNotContain("TokenHash", tokens, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_that_does_not_exist_or_an_unknown_entity_is_404()
    {
        var (site, _) = await BackOfficeSite.SignInAsAsync(factory, Roles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync("/admin/data/content/Article/0")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync("/admin/data/content/Nothing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync("/admin/data/nowhere/Article")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync("/admin/data/identity/User/new")).StatusCode);
    }
}
