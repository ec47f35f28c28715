using Inkwell.Tests.Api.Content;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Limits;

[Collection(ApiCollection.Name)]
public sealed class PageSizeTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_limit_above_100_answers_a_page_of_100_and_the_full_count()
    {
        var author = await _api.RegisterAsync();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async batch =>
        {
            for (var i = 0; i < 26; i++)
            {
                await _api.CreateArticleAsync(author, title: $"Page size {batch}-{i} {Guid.NewGuid():N}");
            }
        }));

        var page = await _api.ListAsync($"?author={author.Username}&limit=1000");

        Assert.Equal(100, page.Articles().Count);
        Assert.Equal(104, page.ArticlesCount());
    }
}
