using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Content;

[Collection(ApiCollection.Name)]
public sealed class ListArticlesPagingTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Limit_and_offset_page_through_newest_first_and_articlesCount_is_the_total()
    {
        var author = await _api.RegisterAsync();
        var slugs = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            slugs.Insert(0, (await _api.CreateArticleAsync(author)).Slug());
        }

        var first = await _api.ListAsync($"?author={author.Username}&limit=2");
        var second = await _api.ListAsync($"?author={author.Username}&limit=2&offset=2");
        var last = await _api.ListAsync($"?author={author.Username}&limit=2&offset=4");
        var beyond = await _api.ListAsync($"?author={author.Username}&limit=2&offset=10");

        Assert.Equal(slugs[..2], first.Slugs());
        Assert.Equal(slugs[2..4], second.Slugs());
        Assert.Equal(slugs[4..], last.Slugs());
        Assert.Empty(beyond.Slugs());
        Assert.All([first, second, last, beyond], page => Assert.Equal(5, page.ArticlesCount()));
    }

    [Fact]
    public async Task Without_a_limit_a_page_holds_twenty_articles()
    {
        var author = await _api.RegisterAsync();
        for (var i = 0; i < 21; i++)
        {
            await _api.CreateArticleAsync(author);
        }

        var page = await _api.ListAsync($"?author={author.Username}");

        Assert.Equal(20, page.Articles().Count);
        Assert.Equal(21, page.ArticlesCount());
    }

    [Fact]
    public async Task A_limit_above_the_maximum_is_accepted_and_capped()
    {
        var author = await _api.RegisterAsync();
        await _api.CreateArticleAsync(author);

        var page = await _api.ListAsync("?limit=1000");
        var mine = await _api.ListAsync($"?author={author.Username}&limit=1000");

        Assert.InRange(page.Articles().Count, 1, 100);
        Assert.Single(mine.Articles());
    }

    [Theory]
    [InlineData("limit", "0")]
    [InlineData("limit", "-1")]
    [InlineData("limit", "abc")]
    [InlineData("limit", "1.5")]
    [InlineData("offset", "-1")]
    [InlineData("offset", "x")]
    public async Task An_invalid_limit_or_offset_is_422_naming_the_parameter(string parameter, string value)
    {
        var response = await _api.GetAsync($"/api/articles?{parameter}={value}");

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, parameter);
    }
}
