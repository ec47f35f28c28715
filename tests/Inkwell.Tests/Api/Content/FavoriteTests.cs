using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class FavoriteTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Favoriting_marks_the_article_favorited_and_counts_one()
    {
        var author = await _api.RegisterAsync();
        var fan = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author, tags: ["fav"]);

        var favorited = await _api.FavoriteAsync(fan, article.Slug());

        Assert.True(favorited["favorited"]!.GetValue<bool>());
        Assert.Equal(1, favorited["favoritesCount"]!.GetValue<int>());
        Assert.Equal(article.Slug(), favorited.Slug());
        Assert.Equal(article["body"].Text(), favorited["body"].Text());
        Assert.Equal(["fav"], favorited.Tags());
        Assert.Equal(1, (await _api.GetArticleAsync(article.Slug()))["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Favoriting_twice_still_counts_one()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var fan = await _api.RegisterAsync();
        await _api.FavoriteAsync(fan, article.Slug());

        var again = await _api.FavoriteAsync(fan, article.Slug());

        Assert.True(again["favorited"]!.GetValue<bool>());
        Assert.Equal(1, again["favoritesCount"]!.GetValue<int>());
        Assert.Equal(1, (await _api.GetArticleAsync(article.Slug()))["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_second_fan_makes_two_and_unfavoriting_takes_one_away()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var first = await _api.RegisterAsync();
        var second = await _api.RegisterAsync();
        await _api.FavoriteAsync(first, article.Slug());

        var both = await _api.FavoriteAsync(second, article.Slug());
        Assert.True(both["favorited"]!.GetValue<bool>());
        Assert.Equal(2, both["favoritesCount"]!.GetValue<int>());

        var unfavorited = await _api.UnfavoriteAsync(first, article.Slug());
        Assert.False(unfavorited["favorited"]!.GetValue<bool>());
        Assert.Equal(1, unfavorited["favoritesCount"]!.GetValue<int>());
        Assert.True((await _api.GetArticleAsync(article.Slug(), second.Token))["favorited"]!.GetValue<bool>());
        Assert.False((await _api.GetArticleAsync(article.Slug(), first.Token))["favorited"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Unfavoriting_an_article_not_favorited_keeps_the_count()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var fan = await _api.RegisterAsync();
        var bystander = await _api.RegisterAsync();
        await _api.FavoriteAsync(fan, article.Slug());

        var result = await _api.UnfavoriteAsync(bystander, article.Slug());
        var twice = await _api.UnfavoriteAsync(bystander, article.Slug());

        Assert.False(result["favorited"]!.GetValue<bool>());
        Assert.Equal(1, result["favoritesCount"]!.GetValue<int>());
        Assert.Equal(1, twice["favoritesCount"]!.GetValue<int>());
        Assert.Equal(1, (await _api.GetArticleAsync(article.Slug()))["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Favoriting_or_unfavoriting_an_unknown_slug_is_404()
    {
        var fan = await _api.RegisterAsync();
        var slug = ApiClient.Unique("missing-");

        await (await _api.PostAsync($"/api/articles/{slug}/favorite", null, fan.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "article");
        await (await _api.DeleteAsync($"/api/articles/{slug}/favorite", fan.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "article");
    }

    [Fact]
    public async Task Favoriting_or_unfavoriting_without_a_token_is_401_and_changes_nothing()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());

        await (await _api.PostAsync($"/api/articles/{article.Slug()}/favorite", null)).AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
        await (await _api.DeleteAsync($"/api/articles/{article.Slug()}/favorite")).AssertErrorAsync(HttpStatusCode.Unauthorized, "token");
        Assert.Equal(0, (await _api.GetArticleAsync(article.Slug()))["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_favorited_article_is_listed_under_the_fan_until_unfavorited()
    {
        var article = await _api.CreateArticleAsync(await _api.RegisterAsync());
        var fan = await _api.RegisterAsync();
        await _api.FavoriteAsync(fan, article.Slug());

        var listed = await _api.ListAsync($"?favorited={fan.Username}", fan.Token);
        Assert.Equal([article.Slug()], listed.Slugs());
        Assert.True(listed.Articles().Single()["favorited"]!.GetValue<bool>());

        await _api.UnfavoriteAsync(fan, article.Slug());
        Assert.Equal(0, (await _api.ListAsync($"?favorited={fan.Username}")).ArticlesCount());
    }
}
