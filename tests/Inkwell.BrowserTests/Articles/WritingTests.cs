using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Articles;

[Collection(BrowserCollection.Name)]
public sealed class WritingTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string Markdown = """
        # A heading in the body

        Some **bold words** and some *emphasis*.

        - first point
        - second point

        Read [the documentation](https://example.com/docs).
        """;

    [Fact]
    public async Task A_published_article_shows_its_title_its_markdown_rendered_as_html_and_its_tags()
    {
        var author = await Page.SignUpAsync();
        var tag = Unique("tag");
        var draft = Draft.New(Markdown, $"{tag}, gardening");

        var slug = await Page.PublishAsync(draft);

        var body = Page.ArticleBody();
        await Expect(body.Locator("h1, h2").Filter(new() { HasText = "A heading in the body" })).ToHaveCountAsync(1);
        await Expect(body.Locator("strong")).ToHaveTextAsync("bold words");
        await Expect(body.Locator("em")).ToHaveTextAsync("emphasis");
        await Expect(body.Locator("ul > li")).ToHaveTextAsync(["first point", "second point"]);
        await Expect(body.GetByRole(AriaRole.Link, new() { Name = "the documentation" })).ToHaveAttributeAsync("href", "https://example.com/docs");
        await Expect(body).Not.ToContainTextAsync("**");
        var tags = Page.GetByRole(AriaRole.List, new() { Name = "Tags" });
        await Expect(tags.GetByRole(AriaRole.Link, new() { Name = tag })).ToHaveAttributeAsync("href", $"/?tag={tag}");
        await Expect(tags.GetByRole(AriaRole.Link, new() { Name = "gardening" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = author.Username, Exact = true }).First).ToBeVisibleAsync();
        Assert.StartsWith("notes-", slug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_shows_the_rendered_article_and_keeps_what_was_typed_without_publishing_it()
    {
        await Page.SignUpAsync();
        var draft = Draft.New(Markdown);
        await Page.GotoAsync("/editor");
        await Page.FillEditorAsync(draft);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(Page.ArticleBody().Locator("strong")).ToHaveTextAsync("bold words");
        await Expect(Page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(draft.Title);
        await Expect(Page.GetByLabel("Write your article (in Markdown)")).ToHaveValueAsync(draft.Body);
        await Expect(Page).Not.ToHaveURLAsync(SiteActions.ArticleUrl());

        await Page.GotoAsync("/");
        await Expect(Page.GetByText(draft.Title)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task An_article_without_a_title_is_not_published_and_the_editor_says_why()
    {
        await Page.SignUpAsync();
        await Page.GotoAsync("/editor");
        await Page.FillEditorAsync(Draft.New() with { Title = "" });

        var response = await Page.RunAndWaitForResponseAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Publish article" }).ClickAsync(),
            r => r.Request.Method == "POST");

        Assert.Equal(422, response.Status);
        await Expect(Page.FieldError("Title")).ToHaveTextAsync("Title can't be blank.");
        await Expect(Page.GetByLabel("Write your article (in Markdown)")).ToHaveValueAsync(Draft.New().Body);
        await Expect(Page).Not.ToHaveURLAsync(SiteActions.ArticleUrl());
    }

    [Fact]
    public async Task The_author_edits_an_article_through_its_edit_link_and_readers_see_the_change()
    {
        await Page.SignUpAsync();
        var draft = Draft.New("The first version.");
        var slug = await Page.PublishAsync(draft);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Edit article" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync($"{Fixture.BaseUrl}/editor/{slug}");
        await Expect(Page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(draft.Title);
        await Page.GetByLabel("Write your article (in Markdown)").FillAsync("The **second** version.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Publish article" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(SiteActions.ArticleUrl());
        await Expect(Page.ArticleBody().Locator("strong")).ToHaveTextAsync("second");

        var reader = await NewPageAsync();
        await reader.GotoAsync(Page.Url);
        await Expect(reader.ArticleBody()).ToContainTextAsync("The second version.");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Edit article" })).ToHaveCountAsync(0);
        await Expect(reader.GetByRole(AriaRole.Button, new() { Name = "Delete article" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_author_deletes_an_article_and_its_page_is_gone()
    {
        await Page.SignUpAsync();
        var draft = Draft.New();
        var slug = await Page.PublishAsync(draft);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Delete article" }).ClickAsync();

        await Expect(Page).Not.ToHaveURLAsync(SiteActions.ArticleUrl());
        var response = await Page.GotoAsync($"/article/{slug}");
        Assert.Equal(404, response!.Status);
        await Page.GotoAsync("/");
        await Expect(Page.GetByText(draft.Title)).ToHaveCountAsync(0);
    }
}
