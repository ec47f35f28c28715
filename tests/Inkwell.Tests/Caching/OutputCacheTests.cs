using System.Net;
using Inkwell.Tests.Api.Content;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Caching;

/// <summary>Anonymous GETs are answered from the output cache; signed-in ones never are; every one of them has a strong ETag.</summary>
public sealed class OutputCacheTests(InkwellFactory factory) : IClassFixture<InkwellFactory>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_repeated_anonymous_get_is_answered_from_the_output_cache()
    {
        var author = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author)).Slug();

        foreach (var url in new[] { "/api/tags", $"/api/articles?author={author.Username}", $"/api/articles/{slug}", $"/api/profiles/{author.Username}", $"/article/{slug}", $"/profile/{author.Username}", "/" })
        {
            using var first = await _api.Http.GetAsync(url);
            using var second = await _api.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.False(first.Headers.Age.HasValue, $"{url} came from the cache on its first read");
            Assert.True(second.Headers.Age.HasValue, $"{url} was not answered from the output cache");
            Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_signed_in_reader_is_never_answered_from_the_output_cache()
    {
        var author = await _api.RegisterAsync();
        var fan = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author)).Slug();
        (await _api.PostAsync($"/api/articles/{slug}/favorite", null, fan.Token)).EnsureSuccessStatusCode();
        var anonymous = await Read.PrimedAsync(_api.Http, $"/api/articles/{slug}");
        Assert.False(anonymous.Json["article"]!["favorited"]!.GetValue<bool>());

        for (var i = 0; i < 2; i++)
        {
            using var response = await _api.GetAsync($"/api/articles/{slug}", fan.Token);
            var article = (await response.ReadJsonAsync(HttpStatusCode.OK))["article"]!;
            Assert.True(article["favorited"]!.GetValue<bool>());
            Assert.False(response.Headers.Age.HasValue);
        }

        var site = new Web.SiteClient(factory);
        await site.SignUpAsync();
        for (var i = 0; i < 2; i++)
        {
            using var page = await site.Http.GetAsync($"/article/{slug}");
            Assert.False(page.Headers.Age.HasValue);
            Assert.Contains($"Follow {author.Username}", await page.Content.ReadAsStringAsync());
            Assert.Contains("__RequestVerificationToken", await page.Content.ReadAsStringAsync());
        }

    }

    [Fact]
    public async Task A_conditional_get_with_the_current_strong_etag_answers_304_without_a_body()
    {
        var author = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author)).Slug();

        foreach (var url in new[] { "/api/tags", $"/api/articles/{slug}", $"/api/articles/{slug}/comments", $"/article/{slug}", $"/profile/{author.Username}" })
        {
            var first = await Read.GetAsync(_api.Http, url);
            Assert.Equal(HttpStatusCode.OK, first.Status);
            Assert.Matches("^\"[A-Za-z0-9_-]{43}\"$", first.ETag);

            var again = await Read.GetAsync(_api.Http, url, first.ETag);
            Assert.Equal(HttpStatusCode.NotModified, again.Status);
            Assert.Empty(again.Body);
            Assert.Equal(first.ETag, again.ETag);
            Assert.Equal(HttpStatusCode.OK, (await Read.GetAsync(_api.Http, url, "\"something-else\"")).Status);
        }

        var signedIn = await Read.GetAsync(_api.Http, $"/api/articles/{slug}", token: author.Token);
        Assert.NotNull(signedIn.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await Read.GetAsync(_api.Http, $"/api/articles/{slug}", signedIn.ETag, author.Token)).Status);
    }
}
