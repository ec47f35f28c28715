using Inkwell.BrowserTests.Infrastructure;

namespace Inkwell.BrowserTests.Articles;

[Collection(BrowserCollection.Name)]
public sealed class CommentTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_reader_comments_on_an_article_and_everyone_sees_the_comment_with_its_author()
    {
        await Page.SignUpAsync(Person.New("author"));
        var slug = await Page.PublishAsync(Draft.New());
        var reader = await NewPageAsync();
        var commenter = await reader.SignUpAsync();
        var text = $"Thoughtful remark {Guid.NewGuid():N}";

        await reader.GotoAsync($"/article/{slug}");
        await reader.GetByLabel("Write a comment").FillAsync(text);
        await reader.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();

        var comment = reader.Locator(".card").Filter(new() { HasText = text });
        await Expect(comment).ToHaveCountAsync(1);
        await Expect(comment.GetByRole(AriaRole.Link, new() { Name = commenter.Username, Exact = true }).First).ToBeVisibleAsync();
        await Expect(reader.GetByLabel("Write a comment")).ToBeEmptyAsync();

        await Page.ReloadAsync();
        var seenByAuthor = Page.Locator(".card").Filter(new() { HasText = text });
        await Expect(seenByAuthor).ToHaveCountAsync(1);
        // Only the person who wrote a comment may delete it.
        await Expect(seenByAuthor.GetByRole(AriaRole.Button, new() { Name = "Delete comment" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_commenter_deletes_their_comment_and_it_disappears()
    {
        await Page.SignUpAsync();
        var slug = await Page.PublishAsync(Draft.New());
        var text = $"Second thoughts {Guid.NewGuid():N}";
        await Page.GetByLabel("Write a comment").FillAsync(text);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        var comment = Page.Locator(".card").Filter(new() { HasText = text });
        await Expect(comment).ToHaveCountAsync(1);

        await comment.GetByRole(AriaRole.Button, new() { Name = "Delete comment" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"/article/{slug}"));
        await Expect(Page.Locator(".card").Filter(new() { HasText = text })).ToHaveCountAsync(0);
        await Page.ReloadAsync();
        await Expect(Page.GetByText(text)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_signed_out_reader_sees_the_comments_but_no_comment_form()
    {
        await Page.SignUpAsync();
        var slug = await Page.PublishAsync(Draft.New());
        var text = $"First! {Guid.NewGuid():N}";
        await Page.GetByLabel("Write a comment").FillAsync(text);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Post comment" }).ClickAsync();
        await Expect(Page.GetByText(text)).ToBeVisibleAsync();

        var visitor = await NewPageAsync();
        await visitor.GotoAsync($"/article/{slug}");

        await Expect(visitor.Locator(".card").Filter(new() { HasText = text })).ToHaveCountAsync(1);
        await Expect(visitor.GetByLabel("Write a comment")).ToHaveCountAsync(0);
        await Expect(visitor.GetByRole(AriaRole.Button, new() { Name = "Delete comment" })).ToHaveCountAsync(0);
    }
}
