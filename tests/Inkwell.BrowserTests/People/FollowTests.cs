using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.People;

[Collection(BrowserCollection.Name)]
public sealed class FollowTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Following_an_author_from_their_article_puts_their_articles_in_your_feed()
    {
        var author = await Page.SignUpAsync(Person.New("author"));
        var draft = Draft.New();
        var slug = await Page.PublishAsync(draft);
        var reader = await NewPageAsync();
        await reader.SignUpAsync();
        await reader.GotoAsync("/?feed=your");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = draft.Title })).ToHaveCountAsync(0);

        await reader.GotoAsync($"/article/{slug}");
        await reader.FollowButton(author.Username).ClickAsync();

        await Expect(reader).ToHaveURLAsync($"{Fixture.BaseUrl}/article/{slug}");
        await Expect(reader.FollowButton(author.Username, following: true)).ToBeVisibleAsync();
        await reader.GotoAsync("/");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Your feed" }).ClickAsync();
        await Expect(reader).ToHaveURLAsync($"{Fixture.BaseUrl}/?feed=your");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Your feed" })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = draft.Title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_profile_shows_the_name_the_bio_the_articles_and_a_follow_button_that_toggles()
    {
        var author = await Page.SignUpAsync(Person.New("writer"));
        var bio = $"Writes short notes ({Guid.NewGuid():N}).";
        await Page.GotoAsync("/settings");
        await Page.GetByLabel("Short bio about you").FillAsync(bio);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Update settings" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your settings are saved.");
        var draft = Draft.New();
        await Page.PublishAsync(draft);
        var reader = await NewPageAsync();
        await reader.SignUpAsync();

        await reader.GotoAsync($"/profile/{author.Username}");

        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(author.Username);
        await Expect(reader.GetByText(bio)).ToBeVisibleAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Articles", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = draft.Title })).ToBeVisibleAsync();

        await reader.FollowButton(author.Username).ClickAsync();
        await Expect(reader.FollowButton(author.Username, following: true)).ToBeVisibleAsync();
        await reader.GotoAsync("/?feed=your");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = draft.Title })).ToBeVisibleAsync();

        await reader.GotoAsync($"/profile/{author.Username}");
        await reader.FollowButton(author.Username, following: true).ClickAsync();
        await Expect(reader.FollowButton(author.Username)).ToBeVisibleAsync();
        await reader.GotoAsync("/?feed=your");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = draft.Title })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Your_own_profile_has_no_follow_button()
    {
        var person = await Page.SignUpAsync();

        await Page.GotoAsync($"/profile/{person.Username}");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(person.Username);
        await Expect(Page.GetByRole(AriaRole.Button, new() { NameRegex = new("follow", RegexOptions.IgnoreCase) })).ToHaveCountAsync(0);
    }
}
