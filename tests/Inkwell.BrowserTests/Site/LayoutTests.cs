using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Site;

[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_unknown_article_shows_the_not_found_page_in_the_sites_look_with_status_404()
    {
        var response = await Page.GotoAsync("/article/does-not-exist");

        Assert.Equal(404, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await Expect(Page).ToHaveTitleAsync("Page not found — Inkwell");
        await Expect(Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Contentinfo)).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to the home page" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Global feed" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_navigation_folds_behind_a_toggler_that_opens_it()
    {
        var phone = await NewPageAsync(width: 390, height: 844);
        await phone.GotoAsync("/");
        var toggler = phone.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" });
        var signIn = phone.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Sign in" });

        await Expect(toggler).ToBeVisibleAsync();
        await Expect(signIn).ToBeHiddenAsync();
        await Expect(phone.Locator("main article").First).ToBeVisibleAsync();
        Assert.False(await ScrollsSidewaysAsync(phone), "the home page scrolls sideways on a phone");

        await toggler.ClickAsync();

        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(signIn).ToBeVisibleAsync();
        await ScreenshotAsync(phone, "home-phone");
    }

    [Fact]
    public async Task On_a_phone_a_long_unbroken_word_in_a_title_wraps_instead_of_widening_the_page()
    {
        var seeder = new ApiSeeder(Page.APIRequest);
        var token = await seeder.RegisterAsync(Person.New("wordy"));
        var title = $"Pneumonoultramicroscopicsilicovolcanoconiosis{Guid.NewGuid():N}";
        await seeder.PublishAsync(token, title);
        var phone = await NewPageAsync(width: 390, height: 844);

        await phone.GotoAsync("/");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        Assert.False(await ScrollsSidewaysAsync(phone), "the home page scrolls sideways on a phone");

        await phone.GetByRole(AriaRole.Heading, new() { Name = title }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = title })).ToBeVisibleAsync();
        Assert.False(await ScrollsSidewaysAsync(phone), "the article page scrolls sideways on a phone");
    }

    [Fact]
    public async Task On_a_desktop_the_navigation_links_show_without_a_toggler()
    {
        await Page.GotoAsync("/");

        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" })).ToBeHiddenAsync();
        await Expect(Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Pages_for_signed_in_people_send_visitors_to_sign_in_first()
    {
        foreach (var path in new[] { "/editor", "/settings" })
        {
            await Page.GotoAsync(path);
            await Expect(Page).ToHaveURLAsync($"{Fixture.BaseUrl}/login?ReturnUrl={Uri.EscapeDataString(path)}");
            await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeVisibleAsync();
        }
    }

    private static Task<bool> ScrollsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
}
