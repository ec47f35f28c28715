using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class ListArticlesTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task List_items_have_every_article_field_except_the_body()
    {
        var author = await _api.RegisterAsync();
        await _api.CreateArticleAsync(author, tags: ["b", "a"]);

        var item = (await _api.ListAsync($"?author={author.Username}")).Articles().Single();

        Assert.False(item.ContainsKey("body"), item.ToJsonString());
        foreach (var field in new[] { "slug", "title", "description", "tagList", "createdAt", "updatedAt", "favorited", "favoritesCount", "author" })
        {
            Assert.True(item.ContainsKey(field), $"missing {field}: {item.ToJsonString()}");
        }

        Assert.Equal(["a", "b"], item.Tags());
        Assert.Matches(ContentApi.TimestampPattern, item["createdAt"].Text());
        Assert.Equal(author.Username, item["author"]!["username"].Text());
    }

    [Fact]
    public async Task Articles_are_listed_newest_first()
    {
        var author = await _api.RegisterAsync();
        var first = await _api.CreateArticleAsync(author);
        var second = await _api.CreateArticleAsync(author);
        var third = await _api.CreateArticleAsync(author);

        var page = await _api.ListAsync($"?author={author.Username}");

        Assert.Equal([third.Slug(), second.Slug(), first.Slug()], page.Slugs());
        Assert.Equal(3, page.ArticlesCount());
    }

    [Fact]
    public async Task The_tag_filter_lists_only_articles_with_that_tag_whatever_its_case()
    {
        var author = await _api.RegisterAsync();
        var tag = ApiClient.Unique("filter");
        var tagged = await _api.CreateArticleAsync(author, tags: [tag, "other"]);
        await _api.CreateArticleAsync(author, tags: ["other"]);
        var alsoTagged = await _api.CreateArticleAsync(await _api.RegisterAsync(), tags: [tag]);

        var page = await _api.ListAsync($"?tag={tag.ToUpperInvariant()}");

        Assert.Equal([alsoTagged.Slug(), tagged.Slug()], page.Slugs());
        Assert.Equal(2, page.ArticlesCount());
    }

    [Fact]
    public async Task The_author_filter_lists_only_that_authors_articles()
    {
        var author = await _api.RegisterAsync();
        var mine = await _api.CreateArticleAsync(author);
        await _api.CreateArticleAsync(await _api.RegisterAsync());

        var page = await _api.ListAsync($"?author={author.Username}");

        Assert.Equal([mine.Slug()], page.Slugs());
        Assert.Equal(1, page.ArticlesCount());
    }

    [Fact]
    public async Task The_favorited_filter_lists_what_that_user_favorited()
    {
        var fan = await _api.RegisterAsync();
        var author = await _api.RegisterAsync();
        var liked = await _api.CreateArticleAsync(author);
        await _api.CreateArticleAsync(author);
        await _api.FavoriteAsync(fan, liked.Slug());

        var page = await _api.ListAsync($"?favorited={fan.Username}");

        Assert.Equal([liked.Slug()], page.Slugs());
        Assert.Equal(1, page.ArticlesCount());
    }

    [Fact]
    public async Task Filters_combine()
    {
        var author = await _api.RegisterAsync();
        var tag = ApiClient.Unique("combo");
        var both = await _api.CreateArticleAsync(author, tags: [tag]);
        await _api.CreateArticleAsync(author, tags: ["elsewhere"]);
        await _api.CreateArticleAsync(await _api.RegisterAsync(), tags: [tag]);

        var page = await _api.ListAsync($"?tag={tag}&author={author.Username}");

        Assert.Equal([both.Slug()], page.Slugs());
        Assert.Equal(1, page.ArticlesCount());
    }

    [Theory]
    [InlineData("author")]
    [InlineData("tag")]
    [InlineData("favorited")]
    public async Task An_unknown_filter_value_gives_an_empty_list(string filter)
    {
        await _api.CreateArticleAsync(await _api.RegisterAsync(), tags: ["present"]);

        var page = await _api.ListAsync($"?{filter}={ApiClient.Unique("nobody")}");

        Assert.Empty(page["articles"]!.AsArray());
        Assert.Equal(0, page.ArticlesCount());
    }

    [Fact]
    public async Task Flags_reflect_the_reader_when_a_token_is_sent()
    {
        var author = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();
        var liked = await _api.CreateArticleAsync(author);
        var other = await _api.CreateArticleAsync(author);
        await _api.FavoriteAsync(reader, liked.Slug());
        await _api.FollowAsync(reader, author.Username);

        var asReader = (await _api.ListAsync($"?author={author.Username}", reader.Token)).Articles().ToDictionary(a => a.Slug());
        var anonymous = (await _api.ListAsync($"?author={author.Username}")).Articles().ToDictionary(a => a.Slug());

        Assert.True(asReader[liked.Slug()]["favorited"]!.GetValue<bool>());
        Assert.False(asReader[other.Slug()]["favorited"]!.GetValue<bool>());
        Assert.Equal(1, asReader[liked.Slug()]["favoritesCount"]!.GetValue<int>());
        Assert.All(asReader.Values, a => Assert.True(a["author"]!["following"]!.GetValue<bool>()));
        Assert.All(anonymous.Values, a => Assert.False(a["favorited"]!.GetValue<bool>()));
        Assert.All(anonymous.Values, a => Assert.False(a["author"]!["following"]!.GetValue<bool>()));
    }
}
