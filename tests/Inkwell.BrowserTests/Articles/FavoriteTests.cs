using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Articles;

[Collection(BrowserCollection.Name)]
public sealed class FavoriteTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Favoriting_an_article_counts_it_lists_it_on_the_readers_profile_and_unfavoriting_undoes_both()
    {
        await Page.SignUpAsync(Person.New("author"));
        var draft = Draft.New();
        var slug = await Page.PublishAsync(draft);
        var reader = await NewPageAsync();
        var fan = await reader.SignUpAsync(Person.New("fan"));
        await reader.GotoAsync($"/article/{slug}");
        await Expect(reader.FavoriteButton()).ToHaveAccessibleNameAsync(SiteActions.FavoriteState(favorited: false, count: 0));

        await reader.FavoriteButton().ClickAsync();

        await Expect(reader).ToHaveURLAsync($"{Fixture.BaseUrl}/article/{slug}");
        await Expect(reader.FavoriteButton()).ToHaveAccessibleNameAsync(SiteActions.FavoriteState(favorited: true, count: 1));
        await Page.ReloadAsync();
        await Expect(Page.FavoriteButton()).ToHaveAccessibleNameAsync(SiteActions.FavoriteState(favorited: false, count: 1));

        await reader.GotoAsync($"/profile/{fan.Username}");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Favorited articles" }).ClickAsync();
        await Expect(reader).ToHaveURLAsync($"{Fixture.BaseUrl}/profile/{fan.Username}/favorites");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = draft.Title })).ToBeVisibleAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = draft.Title })).ToHaveCountAsync(0);

        await reader.GotoAsync($"/article/{slug}");
        await reader.FavoriteButton().ClickAsync();
        await Expect(reader.FavoriteButton()).ToHaveAccessibleNameAsync(SiteActions.FavoriteState(favorited: false, count: 0));
        await reader.GotoAsync($"/profile/{fan.Username}/favorites");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = draft.Title })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_signed_out_reader_who_favorites_is_asked_to_sign_in_and_nothing_is_counted()
    {
        await Page.SignUpAsync();
        var slug = await Page.PublishAsync(Draft.New());
        var visitor = await NewPageAsync();
        await visitor.GotoAsync($"/article/{slug}");

        await visitor.FavoriteButton().ClickAsync();

        await Expect(visitor).ToHaveURLAsync(new Regex("/login"));
        await Page.ReloadAsync();
        await Expect(Page.FavoriteButton()).ToHaveAccessibleNameAsync(SiteActions.FavoriteState(favorited: false, count: 0));
    }
}
