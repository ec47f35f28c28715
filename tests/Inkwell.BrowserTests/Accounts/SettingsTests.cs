using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Accounts;

[Collection(BrowserCollection.Name)]
public sealed class SettingsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Saved_settings_are_confirmed_and_the_new_bio_and_picture_show_on_the_profile_page()
    {
        var person = await Page.SignUpAsync();
        await Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Expect(Page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(person.Email);

        var bio = $"I write about gardens and databases ({Guid.NewGuid():N}).";
        await Page.GetByLabel("URL of profile picture").FillAsync("https://images.example.com/me.png");
        await Page.GetByLabel("Short bio about you").FillAsync(bio);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Update settings" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your settings are saved.");
        await Expect(Page.GetByLabel("Short bio about you")).ToHaveValueAsync(bio);

        await Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = person.Username, Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync($"{Fixture.BaseUrl}/profile/{person.Username}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(person.Username);
        await Expect(Page.GetByText(bio)).ToBeVisibleAsync();
        await Expect(Page.Locator("main img[src='https://images.example.com/me.png']").First).ToBeAttachedAsync();
    }

    [Fact]
    public async Task A_new_username_and_password_take_effect_at_the_next_sign_in()
    {
        var person = await Page.SignUpAsync();
        var renamed = person with { Username = person.Username + "x", Password = "a brand new passphrase" };
        await Page.GotoAsync("/settings");
        await Page.GetByLabel("Username", new() { Exact = true }).FillAsync(renamed.Username);
        await Page.GetByLabel("New password").FillAsync(renamed.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Update settings" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your settings are saved.");
        await Expect(Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = renamed.Username, Exact = true })).ToBeVisibleAsync();

        var elsewhere = await NewPageAsync();
        await elsewhere.GotoAsync("/login");
        await elsewhere.GetByLabel("Email", new() { Exact = true }).FillAsync(person.Email);
        await elsewhere.GetByLabel("Password", new() { Exact = true }).FillAsync(person.Password);
        await elsewhere.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(elsewhere.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Email or password is invalid.");

        await elsewhere.SignInAsync(renamed);
    }

    [Fact]
    public async Task An_invalid_email_is_explained_next_to_the_email_field_and_nothing_is_saved()
    {
        var person = await Page.SignUpAsync();
        await Page.GotoAsync("/settings");
        await Page.GetByLabel("Email", new() { Exact = true }).FillAsync("not-an-email");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Update settings" }).ClickAsync();

        await Expect(Page.FieldError("Email")).ToHaveTextAsync("Email is invalid.");
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveCountAsync(0);

        await Page.GotoAsync("/settings");
        await Expect(Page.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(person.Email);
    }
}
