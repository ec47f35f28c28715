using System.Text.Json;
using Inkwell.BrowserTests.Infrastructure;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.BrowserTests.Admin;

[Collection(BrowserCollection.Name)]
public sealed class BackOfficeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_admin_finds_an_article_edits_its_title_and_deletes_it()
    {
        var author = await NewPageAsync();
        await author.SignUpAsync(Person.New("author"));
        var draft = Draft.New();
        var slug = await author.PublishAsync(draft);
        await SignInWithRoleAsync(Page, Roles.Admin);

        await Page.GotoAsync("/admin");
        await Page.Locator("[data-module=content]").GetByRole(AriaRole.Link, new() { Name = "Article", Exact = true }).ClickAsync();
        await Page.GetByLabel("Search").FillAsync(draft.Title);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        var row = Page.Locator("tbody tr").Filter(new() { HasText = draft.Title });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(Page.Locator("tbody tr")).ToHaveCountAsync(1);
        await row.Locator("a").First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await Page.GetByLabel("Title *").FillAsync(draft.Title + " (edited)");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(Page.Locator("[data-field=Title]")).ToHaveTextAsync(draft.Title + " (edited)");

        await author.GotoAsync($"/article/{slug}");
        await Expect(author.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(draft.Title + " (edited)");

        Page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Article");
        var gone = await author.GotoAsync($"/article/{slug}");
        Assert.Equal(404, gone!.Status);

        await Page.GotoAsync($"/admin/audit?entity=Article");
        await Expect(Page.Locator("tr.audit-entry").Filter(new() { HasText = "deleted" }).Filter(new() { HasText = draft.Title + " (edited)" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_moderator_hides_an_article_and_it_vanishes_from_the_home_page()
    {
        var author = await NewPageAsync();
        await author.SignUpAsync(Person.New("author"));
        var draft = Draft.New();
        var slug = await author.PublishAsync(draft);
        await SignInWithRoleAsync(Page, Roles.Moderator);
        await Page.GotoAsync("/");
        await Expect(Page.GetByText(draft.Title)).ToHaveCountAsync(1);

        await Page.GotoAsync($"/article/{slug}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hide article" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(Fixture.BaseUrl + "/");
        await Expect(Page.GetByText(draft.Title)).ToHaveCountAsync(0);
        var visitor = await NewPageAsync();
        await visitor.GotoAsync("/");
        await Expect(visitor.GetByText(draft.Title)).ToHaveCountAsync(0);
        await author.GotoAsync($"/article/{slug}");
        await Expect(author.GetByText("Hidden by a moderator")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_plain_user_is_refused_the_back_office_and_a_moderator_its_data()
    {
        await Page.SignUpAsync();
        var refused = await Page.GotoAsync("/admin");
        Assert.Equal(403, refused!.Status);
        await Expect(Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Back office" })).ToHaveCountAsync(0);

        var moderator = await NewPageAsync();
        await SignInWithRoleAsync(moderator, Roles.Moderator);
        await moderator.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Back office" }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Link, new() { Name = "Users" })).ToBeVisibleAsync();
        await Expect(moderator.Locator("[data-module]")).ToHaveCountAsync(0);
        var data = await moderator.GotoAsync("/admin/data/identity/User");
        Assert.Equal(403, data!.Status);
    }

    [Fact]
    public async Task An_admin_sees_the_tables_of_every_module_and_the_workers_scheduled_jobs()
    {
        await SignInWithRoleAsync(Page, Roles.Admin);

        await Page.GotoAsync("/admin");
        await Expect(Page.Locator("[data-module=worker]").GetByRole(AriaRole.Link, new() { Name = "BackgroundJob", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-module=web]").GetByRole(AriaRole.Link, new() { Name = "SiteDocument", Exact = true })).ToBeVisibleAsync();
        await Expect(Page.Locator("[data-module=identity]").GetByRole(AriaRole.Link, new() { Name = "User", Exact = true })).ToBeVisibleAsync();
        await Page.Locator("[data-module=worker]").GetByRole(AriaRole.Link, new() { Name = "ScheduledRun", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("ScheduledRun");

        await Page.GotoAsync("/admin/jobs");
        await Expect(Page.Locator("table[data-state=scheduled]")).ToContainTextAsync("trending-tags");
    }

    /// <summary>
    /// Signs up, is given the role by an admin through Identity's admin API (through the gateway in the services shape), and
    /// signs in again so the session carries it.
    /// </summary>
    private async Task SignInWithRoleAsync(IPage page, string role)
    {
        var person = await page.SignUpAsync(Person.New(role));
        var (email, password) = await OperatorAsync(page.APIRequest);
        var login = await page.APIRequest.PostAsync("/api/users/login", new() { DataObject = new { user = new { email, password } } });
        Assert.Equal(200, login.Status);
        using (var body = JsonDocument.Parse(await login.TextAsync()))
        {
            var token = body.RootElement.GetProperty("user").GetProperty("token").GetString();
            var granted = await page.APIRequest.PutAsync($"/api/admin/identity/users/{person.Username}/role", new()
            {
                Headers = new Dictionary<string, string> { ["Authorization"] = $"Token {token}" },
                DataObject = new { user = new { role } },
            });
            Assert.True(granted.Status == 200, await granted.TextAsync());
        }

        await page.Context.ClearCookiesAsync();
        await page.SignInAsync(person);
    }

    /// <summary>The admin who hands out roles: the running site's (<see cref="BrowserFixture.AdminVariable"/>), or one made here in-process.</summary>
    private async Task<(string Email, string Password)> OperatorAsync(IAPIRequestContext api)
    {
        if (Environment.GetEnvironmentVariable(BrowserFixture.AdminVariable) is { Length: > 0 } configured)
        {
            var parts = configured.Split(':', 2);
            return (parts[0], parts[1]);
        }

        var site = Fixture.Site ?? throw new InvalidOperationException($"Against a running site, {BrowserFixture.AdminVariable} names its admin (email:password).");
        var admin = Person.New("operator");
        await new ApiSeeder(api).RegisterAsync(admin);
        using (var scope = site.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<IUserAdministration>().SetRoleAsync(admin.Username, Roles.Admin, CancellationToken.None)).Succeeded);
        }

        return (admin.Email, admin.Password);
    }
}
