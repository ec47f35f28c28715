using System.Text.RegularExpressions;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Web;

[Collection(ApiCollection.Name)]
public sealed partial class SiteArticleTests(InkwellFactory factory)
{
    [Fact]
    public async Task Publishing_from_the_editor_shows_the_rendered_article_with_its_tags()
    {
        var site = new SiteClient(factory);
        await site.SignUpAsync();
        var title = ApiClient.Unique("Editor article ");

        var published = await Publish(site, title, "Some **bold** words", "Trains, night ");
        var page = await site.Http.GetStringAsync(published.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains($"<h1 class=\"display-6 fw-bold\">{title}</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>bold</strong>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/?tag=trains\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\"", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_previews_markdown_without_saving()
    {
        var site = new SiteClient(factory);
        var username = await site.SignUpAsync();

        var response = await site.SubmitAsync("/editor", Fields("Preview only", "# Heading\n\n*soft*", ""), "/editor?handler=Preview");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("<em>soft</em>", html, StringComparison.Ordinal);
        var list = await factory.CreateApiClient().GetAsync($"/api/articles?author={username}");
        Assert.Equal(0, (await list.ReadJsonAsync(HttpStatusCode.OK))["articlesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Publishing_an_empty_article_shows_the_errors_and_saves_nothing()
    {
        var site = new SiteClient(factory);
        await site.SignUpAsync();

        var response = await site.SubmitAsync("/editor", Fields("", "", ""), "/editor?handler=Publish");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Title can&#x27;t be blank.", html, StringComparison.Ordinal);
        Assert.Contains("Body can&#x27;t be blank.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comments_favorites_and_deletion_work_through_plain_forms()
    {
        var site = new SiteClient(factory);
        await site.SignUpAsync();
        var url = (await Publish(site, ApiClient.Unique("Forms "), "Body", "")).Headers.Location!.OriginalString;
        var slug = url["/article/".Length..];

        await site.SubmitAsync(url, new Dictionary<string, string> { ["CommentBody"] = "First!" }, $"{url}?handler=Comment");
        await site.SubmitAsync(url, new Dictionary<string, string> { ["returnUrl"] = url }, $"{url}?handler=Favorite");
        var page = await site.Http.GetStringAsync(url);

        Assert.Contains("First!", page, StringComparison.Ordinal);
        Assert.Matches(FavoritedOnce(), page);

        var deleted = await site.SubmitAsync(url, new Dictionary<string, string>(), $"{url}?handler=Delete");
        Assert.Equal("/", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/articles/{slug}")).StatusCode);
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var site = new SiteClient(factory);
        await site.SignUpAsync();
        var url = (await Publish(site, ApiClient.Unique("Redirect "), "Body", "")).Headers.Location!.OriginalString;

        var response = await site.SubmitAsync(url, new Dictionary<string, string> { ["returnUrl"] = "//evil.example/" }, $"{url}?handler=Favorite");

        Assert.Equal(url, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Someone_else_cannot_open_your_article_in_the_editor()
    {
        var author = new SiteClient(factory);
        await author.SignUpAsync();
        var url = (await Publish(author, ApiClient.Unique("Mine "), "Body", "")).Headers.Location!.OriginalString;
        var other = new SiteClient(factory);
        await other.SignUpAsync();

        var response = await other.Http.GetAsync($"/editor/{url["/article/".Length..]}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Task<HttpResponseMessage> Publish(SiteClient site, string title, string body, string tags) =>
        site.SubmitAsync("/editor", Fields(title, body, tags), "/editor?handler=Publish");

    private static Dictionary<string, string> Fields(string title, string body, string tags) => new()
    {
        ["Input.Title"] = title,
        ["Input.Description"] = title.Length == 0 ? "" : "About it",
        ["Input.Body"] = body,
        ["Input.Tags"] = tags,
    };

    [GeneratedRegex(@"Unfavorite <span class=""badge text-bg-light"">1</span>")]
    private static partial Regex FavoritedOnce();
}
