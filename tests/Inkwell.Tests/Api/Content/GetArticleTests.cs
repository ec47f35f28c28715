using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class GetArticleTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Anyone_can_read_an_article_by_its_slug_without_a_token()
    {
        var author = await _api.RegisterAsync();
        var created = await _api.CreateArticleAsync(author, tags: ["readable"], body: "Open to all.");

        var article = await _api.GetArticleAsync(created.Slug());

        Assert.Equal(created.Slug(), article.Slug());
        Assert.Equal("Open to all.", article["body"].Text());
        Assert.Equal(["readable"], article.Tags());
        Assert.Equal(author.Username, article["author"]!["username"].Text());
        Assert.False(article["favorited"]!.GetValue<bool>());
        Assert.False(article["author"]!["following"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_unknown_slug_is_404_in_the_error_format()
    {
        var response = await _api.GetAsync($"/api/articles/{ApiClient.Unique("no-such-article-")}");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "article");
    }

    [Fact]
    public async Task Favorited_reflects_the_reader_and_favoritesCount_is_the_same_for_everyone()
    {
        var author = await _api.RegisterAsync();
        var fan = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);
        await _api.FavoriteAsync(fan, article.Slug());

        var asFan = await _api.GetArticleAsync(article.Slug(), fan.Token);
        var asAuthor = await _api.GetArticleAsync(article.Slug(), author.Token);
        var anonymous = await _api.GetArticleAsync(article.Slug());

        Assert.True(asFan["favorited"]!.GetValue<bool>());
        Assert.False(asAuthor["favorited"]!.GetValue<bool>());
        Assert.False(anonymous["favorited"]!.GetValue<bool>());
        Assert.All([asFan, asAuthor, anonymous], a => Assert.Equal(1, a["favoritesCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_author_profile_shows_following_for_a_reader_who_follows_them()
    {
        var author = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);
        await _api.FollowAsync(follower, author.Username);

        Assert.True((await _api.GetArticleAsync(article.Slug(), follower.Token))["author"]!["following"]!.GetValue<bool>());
        Assert.False((await _api.GetArticleAsync(article.Slug()))["author"]!["following"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_invalid_token_on_a_public_read_is_401_rather_than_ignored()
    {
        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);

        var response = await _api.GetAsync($"/api/articles/{article.Slug()}", "not-a-real-token");

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
    }
}
