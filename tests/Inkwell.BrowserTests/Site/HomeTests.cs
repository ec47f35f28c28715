using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Site;

[Collection(BrowserCollection.Name)]
public sealed class HomeTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private ILocator Previews => Page.Locator("main article");

    private ILocator Tab(string name) => Page.GetByRole(AriaRole.List, new() { Name = "Feeds" }).GetByRole(AriaRole.Link, new() { Name = name });

    [Fact]
    public async Task A_visitor_sees_the_global_feed_and_no_personal_feed()
    {
        await Page.GotoAsync("/");

        await Expect(Tab("Global feed")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(Tab("Your feed")).ToHaveCountAsync(0);
        await Expect(Previews.First).ToBeVisibleAsync();
        await Expect(Previews.First.GetByRole(AriaRole.Link, new() { Name = "Read more…" })).ToHaveAttributeAsync("href", new Regex("^/article/"));
    }

    [Fact]
    public async Task A_signed_in_reader_has_a_your_feed_tab_next_to_the_global_feed()
    {
        await Page.SignUpAsync();

        await Expect(Tab("Your feed")).ToHaveAttributeAsync("href", "/?feed=your");
        await Tab("Your feed").ClickAsync();

        await Expect(Tab("Your feed")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(Page.GetByText("No articles here yet. Follow some writers")).ToBeVisibleAsync();
        await Tab("Global feed").ClickAsync();
        await Expect(Tab("Global feed")).ToHaveAttributeAsync("aria-current", "page");
    }

    [Fact]
    public async Task Choosing_a_popular_tag_lists_only_the_articles_with_that_tag()
    {
        await Page.GotoAsync("/");
        var popular = Page.GetByRole(AriaRole.Complementary, new() { Name = "Popular tags" });

        await popular.GetByRole(AriaRole.Link, new() { Name = "design", Exact = true }).ClickAsync();

        await Expect(Page).ToHaveURLAsync($"{Fixture.BaseUrl}/?tag=design");
        await Expect(Tab("#design")).ToHaveAttributeAsync("aria-current", "page");
        await Expect(Previews).ToHaveCountAsync(2);
        foreach (var preview in await Previews.AllAsync())
        {
            await Expect(preview.GetByRole(AriaRole.Link, new() { Name = "design", Exact = true })).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task A_long_list_is_paged_ten_articles_at_a_time_with_page_links()
    {
        var seeder = new ApiSeeder(Page.APIRequest);
        var token = await seeder.RegisterAsync(Person.New("prolific"));
        var tag = Unique("paged");
        for (var number = 1; number <= 12; number++)
        {
            await seeder.PublishAsync(token, $"Paged article {number:00} {tag}", tag);
        }

        await Page.GotoAsync($"/?tag={tag}");

        var pages = Page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await Expect(Previews).ToHaveCountAsync(10);
        await Expect(pages.GetByRole(AriaRole.Link)).ToHaveTextAsync(["1", "2"]);
        await Expect(pages.GetByRole(AriaRole.Link, new() { Name = "1" })).ToHaveAttributeAsync("aria-current", "page");

        await pages.GetByRole(AriaRole.Link, new() { Name = "2" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync($"{Fixture.BaseUrl}/?tag={tag}&page=2");
        await Expect(Previews).ToHaveCountAsync(2);
        // Newest first: the two oldest are on the second page.
        await Expect(Previews.GetByRole(AriaRole.Heading)).ToHaveTextAsync([$"Paged article 02 {tag}", $"Paged article 01 {tag}"]);
        await Expect(pages.GetByRole(AriaRole.Link, new() { Name = "2" })).ToHaveAttributeAsync("aria-current", "page");
    }
}
