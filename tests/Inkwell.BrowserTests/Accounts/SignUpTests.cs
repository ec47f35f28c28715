using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SignUpTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Signing_up_signs_you_in_and_the_navigation_offers_writing_settings_your_profile_and_signing_out()
    {
        await Page.GotoAsync("/");
        var nav = Page.MainNavigation();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToHaveAttributeAsync("href", "/login");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign up" })).ToHaveAttributeAsync("href", "/register");

        var person = await Page.SignUpAsync();

        await Expect(Page).ToHaveURLAsync($"{Fixture.BaseUrl}/");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "New article" })).ToHaveAttributeAsync("href", "/editor");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Settings" })).ToHaveAttributeAsync("href", "/settings");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = person.Username, Exact = true }))
            .ToHaveAttributeAsync("href", $"/profile/{person.Username}");
        await Expect(nav.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Sign up" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_password_that_is_too_short_is_explained_next_to_the_password_field_and_no_account_is_made()
    {
        var person = Person.New();
        await Page.GotoAsync("/register");
        await Page.GetByLabel("Username", new() { Exact = true }).FillAsync(person.Username);
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(422, response.Status);
        await Expect(Page.FieldError("Password")).ToHaveTextAsync("Password is too short (minimum is 8 characters).");
        await Expect(Page.FieldError("Username")).ToBeEmptyAsync();
        await Expect(Page.GetByLabel("Username", new() { Exact = true })).ToHaveValueAsync(person.Username);
        await Expect(Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await Page.GotoAsync("/login");
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync("short");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Email or password is invalid.");
    }

    [Fact]
    public async Task A_username_and_email_already_taken_are_explained_next_to_their_fields()
    {
        var first = await Page.SignUpAsync();
        var page = await NewPageAsync();

        await page.GotoAsync("/register");
        await page.GetByLabel("Username", new() { Exact = true }).FillAsync(first.Username);
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(first.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Person.DefaultPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();

        await Expect(page.FieldError("Username")).ToHaveTextAsync("Username has already been taken.");
        await Expect(page.FieldError("Email")).ToHaveTextAsync("Email has already been taken.");
        await Expect(page.FieldError("Password")).ToBeEmptyAsync();
        await Expect(page).ToHaveURLAsync($"{Fixture.BaseUrl}/register");
    }
}
