using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SessionTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Signing_out_ends_the_session_and_signing_in_again_restores_it()
    {
        var person = await Page.SignUpAsync();
        var nav = Page.MainNavigation();

        await nav.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = person.Username, Exact = true })).ToHaveCountAsync(0);
        await Page.GotoAsync("/settings");
        await Expect(Page).ToHaveURLAsync(new Regex("/login\\?ReturnUrl=%2Fsettings$"));

        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(person.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // Back where the sign-in interrupted them, signed in again.
        await Expect(Page).ToHaveURLAsync($"{Fixture.BaseUrl}/settings");
        await Expect(Page.GetByLabel("Username", new() { Exact = true })).ToHaveValueAsync(person.Username);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = person.Username, Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_leaves_you_signed_out()
    {
        var person = await Page.SignUpAsync();
        var page = await NewPageAsync();

        await page.GotoAsync("/login");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Email or password is invalid.");
        await Expect(page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(person.Email);
        await Expect(page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }
}
