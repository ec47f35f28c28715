using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class FeedTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_feed_without_a_token_is_401()
    {
        var response = await _api.GetAsync("/api/articles/feed");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
    }

    [Fact]
    public async Task A_reader_who_follows_nobody_has_an_empty_feed()
    {
        var reader = await _api.RegisterAsync();
        await _api.CreateArticleAsync(await _api.RegisterAsync());

        var feed = await _api.FeedAsync(reader);

        Assert.Empty(feed["articles"]!.AsArray());
        Assert.Equal(0, feed.ArticlesCount());
    }

    [Fact]
    public async Task The_feed_holds_only_followed_authors_articles_newest_first()
    {
        var reader = await _api.RegisterAsync();
        var followed = await _api.RegisterAsync();
        var alsoFollowed = await _api.RegisterAsync();
        var stranger = await _api.RegisterAsync();
        await _api.FollowAsync(reader, followed.Username);
        await _api.FollowAsync(reader, alsoFollowed.Username);

        var a = await _api.CreateArticleAsync(followed);
        await _api.CreateArticleAsync(stranger);
        var b = await _api.CreateArticleAsync(alsoFollowed);
        var c = await _api.CreateArticleAsync(followed);
        await _api.CreateArticleAsync(reader);

        var feed = await _api.FeedAsync(reader);

        Assert.Equal([c.Slug(), b.Slug(), a.Slug()], feed.Slugs());
        Assert.Equal(3, feed.ArticlesCount());
        Assert.All(feed.Articles(), item => Assert.False(item.ContainsKey("body")));
        Assert.All(feed.Articles(), item => Assert.True(item["author"]!["following"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task The_feed_shows_whether_the_reader_favorited_each_article()
    {
        var reader = await _api.RegisterAsync();
        var author = await _api.RegisterAsync();
        await _api.FollowAsync(reader, author.Username);
        var liked = await _api.CreateArticleAsync(author);
        await _api.CreateArticleAsync(author);
        await _api.FavoriteAsync(reader, liked.Slug());

        var favorited = (await _api.FeedAsync(reader)).Articles().ToDictionary(a => a.Slug(), a => a["favorited"]!.GetValue<bool>());

        Assert.Equal(2, favorited.Count);
        Assert.True(favorited[liked.Slug()]);
        Assert.Single(favorited, f => f.Value);
    }

    [Fact]
    public async Task Unfollowing_an_author_takes_their_articles_out_of_the_feed()
    {
        var reader = await _api.RegisterAsync();
        var author = await _api.RegisterAsync();
        await _api.FollowAsync(reader, author.Username);
        await _api.CreateArticleAsync(author);
        Assert.Equal(1, (await _api.FeedAsync(reader)).ArticlesCount());

        var response = await _api.DeleteAsync($"/api/profiles/{author.Username}/follow", reader.Token);

        await response.ReadJsonAsync(HttpStatusCode.OK);
        var feed = await _api.FeedAsync(reader);
        Assert.Empty(feed["articles"]!.AsArray());
        Assert.Equal(0, feed.ArticlesCount());
    }

    [Fact]
    public async Task The_feed_pages_with_limit_and_offset_and_counts_the_total()
    {
        var reader = await _api.RegisterAsync();
        var author = await _api.RegisterAsync();
        await _api.FollowAsync(reader, author.Username);
        var slugs = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            slugs.Insert(0, (await _api.CreateArticleAsync(author)).Slug());
        }

        var first = await _api.FeedAsync(reader, "?limit=2");
        var second = await _api.FeedAsync(reader, "?limit=2&offset=2");

        Assert.Equal(slugs[..2], first.Slugs());
        Assert.Equal(slugs[2..], second.Slugs());
        Assert.Equal(3, first.ArticlesCount());
        Assert.Equal(3, second.ArticlesCount());
    }

    [Theory]
    [InlineData("limit", "0")]
    [InlineData("offset", "-1")]
    public async Task An_invalid_feed_limit_or_offset_is_422(string parameter, string value)
    {
        var reader = await _api.RegisterAsync();

        var response = await _api.GetAsync($"/api/articles/feed?{parameter}={value}", reader.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, parameter);
    }
}
