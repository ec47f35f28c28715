using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Tour;

/// <summary>
/// Every main page renders in the site's look (styled navigation, main content, footer) and is saved as
/// artifacts/screenshots/{page}.png at desktop size, for people to look at.
/// </summary>
[Collection(TourCollection.Name)]
public sealed class TourTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private static readonly Person Ada = new("ada", "ada@demo.inkwell.test", "inkwell-demo");
    private static readonly Person Brendan = new("brendan", "brendan@demo.inkwell.test", "inkwell-demo");
    private static readonly Person Chioma = new("chioma", "chioma@demo.inkwell.test", "inkwell-demo");

    [Fact]
    public async Task The_home_page_welcomes_visitors_with_the_latest_articles_and_popular_tags()
    {
        await Page.GotoAsync("/");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inkwell");
        await Expect(Page.Locator("main article")).ToHaveCountAsync(6);
        await Expect(Page.GetByRole(AriaRole.Complementary, new() { Name = "Popular tags" }).GetByRole(AriaRole.Link)).Not.ToHaveCountAsync(0);
        await ShowsTheSitesLookAsync("home");
    }

    [Fact]
    public async Task The_article_page_shows_the_article_its_author_actions_and_its_comments()
    {
        await Page.SignInAsync(Brendan);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Welcome to Inkwell" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Welcome to Inkwell" })).ToBeVisibleAsync();
        await Expect(Page.ArticleBody().Locator("blockquote")).ToContainTextAsync("The best way to learn to write is to write.");
        await Expect(Page.FollowButton("ada", following: true)).ToBeVisibleAsync();
        await Expect(Page.FavoriteButton()).ToBeVisibleAsync();
        await Expect(Page.Locator(".card").Filter(new() { HasText = "Glad to be here!" })).ToHaveCountAsync(1);
        await Expect(Page.GetByLabel("Write a comment")).ToBeVisibleAsync();
        await ShowsTheSitesLookAsync("article");
    }

    [Fact]
    public async Task The_editor_previews_a_draft_next_to_the_form()
    {
        await Page.SignInAsync(Ada);
        await Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "New article" }).ClickAsync();
        await Page.FillEditorAsync(new Draft(
            "Notes on naming things",
            "Why a good name is worth an afternoon.",
            "## Names are interfaces\n\nA name is the **first** thing a reader sees:\n\n- say what it *is*\n- not how it works\n\n> Naming is design.",
            "craft, programming"));

        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(Page.ArticleBody().GetByRole(AriaRole.Heading, new() { Name = "Names are interfaces" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Publish article" })).ToBeVisibleAsync();
        await ShowsTheSitesLookAsync("editor");
    }

    [Fact]
    public async Task The_profile_page_shows_the_writer_their_bio_and_their_articles()
    {
        await Page.GotoAsync("/profile/ada");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ada");
        await Expect(Page.GetByText("Writes about programming languages and the people who make them.")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Favorited articles" })).ToHaveAttributeAsync("href", "/profile/ada/favorites");
        await Expect(Page.Locator("main article")).ToHaveCountAsync(2);
        await ShowsTheSitesLookAsync("profile");
    }

    [Fact]
    public async Task The_settings_page_shows_the_account_ready_to_edit()
    {
        await Page.SignInAsync(Chioma);
        await Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();

        await Expect(Page.GetByLabel("Username", new() { Exact = true })).ToHaveValueAsync("chioma");
        await Expect(Page.GetByLabel("Short bio about you")).ToHaveValueAsync(new Regex("^Product designer"));
        await Expect(Page.GetByLabel("New password")).ToBeEmptyAsync();
        await ShowsTheSitesLookAsync("settings");
    }

    [Fact]
    public async Task The_sign_in_page_asks_for_an_email_and_a_password()
    {
        await Page.GotoAsync("/");
        await Page.MainNavigation().GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

        await Expect(Page.GetByLabel("Email", new() { Exact = true })).ToBeEditableAsync();
        await Expect(Page.GetByLabel("Password", new() { Exact = true })).ToHaveAttributeAsync("type", "password");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Need an account?" })).ToHaveAttributeAsync("href", "/register");
        await ShowsTheSitesLookAsync("sign-in");
    }

    [Fact]
    public async Task The_not_found_page_keeps_the_sites_navigation()
    {
        var response = await Page.GotoAsync("/article/does-not-exist");

        Assert.Equal(404, response!.Status);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Page not found");
        await ShowsTheSitesLookAsync("not-found");
    }

    /// <summary>The stylesheet is applied (Bootstrap lays the navbar out as flex), the landmarks are there.</summary>
    private async Task ShowsTheSitesLookAsync(string screenshot)
    {
        await Expect(Page.MainNavigation()).ToBeVisibleAsync();
        await Expect(Page.Locator("nav.navbar")).ToHaveCSSAsync("display", "flex");
        await Expect(Page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Contentinfo)).ToBeVisibleAsync();
        await ScreenshotAsync(Page, screenshot);
    }
}
