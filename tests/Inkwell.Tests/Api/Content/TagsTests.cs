using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class TagsTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_tag_used_by_a_new_article_is_listed_once_in_lower_case()
    {
        var tag = ApiClient.Unique("tag");
        await _api.CreateArticleAsync(await _api.RegisterAsync(), tags: [tag.ToUpperInvariant()]);
        await _api.CreateArticleAsync(await _api.RegisterAsync(), tags: [tag]);

        var tags = await TagsAsync();

        Assert.Single(tags, t => t == tag);
        Assert.DoesNotContain(tag.ToUpperInvariant(), tags);
        Assert.Equal(tags.Count, tags.Distinct().Count());
    }

    [Fact]
    public async Task More_used_tags_are_listed_before_less_used_ones()
    {
        var popular = ApiClient.Unique("popular");
        var rare = ApiClient.Unique("rare");
        await _api.CreateArticleAsync(await _api.RegisterAsync(), tags: [rare, popular]);
        await _api.CreateArticleAsync(await _api.RegisterAsync(), tags: [popular]);

        var tags = await TagsAsync();

        Assert.True(tags.IndexOf(popular) < tags.IndexOf(rare), $"{popular} should come before {rare}");
        Assert.Contains(rare, tags);
    }

    [Fact]
    public async Task The_response_is_a_tags_array_and_needs_no_token()
    {
        var response = await _api.GetAsync("/api/tags");

        var json = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["tags"], json.Select(p => p.Key));
        Assert.IsType<JsonArray>(json["tags"]);
    }

    [Fact]
    public async Task A_tag_no_article_uses_any_more_is_not_listed()
    {
        var author = await _api.RegisterAsync();
        var removed = ApiClient.Unique("removed");
        var deleted = ApiClient.Unique("deleted");
        var kept = await _api.CreateArticleAsync(author, tags: [removed]);
        var gone = await _api.CreateArticleAsync(author, tags: [deleted]);
        Assert.Contains(removed, await TagsAsync());
        Assert.Contains(deleted, await TagsAsync());

        await _api.PutAsync($"/api/articles/{kept.Slug()}", new { article = new { tagList = new[] { "replacement" } } }, author.Token);
        await _api.DeleteAsync($"/api/articles/{gone.Slug()}", author.Token);

        var tags = await TagsAsync();
        Assert.DoesNotContain(removed, tags);
        Assert.DoesNotContain(deleted, tags);
        Assert.Contains("replacement", tags);
    }

    private async Task<List<string>> TagsAsync() =>
        (await (await _api.GetAsync("/api/tags")).ReadJsonAsync(HttpStatusCode.OK))["tags"]!.AsArray().Select(t => t.Text()).ToList();
}
