using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api;

/// <summary>A fresh install shows a living site: demo writers, articles, tags and comments.</summary>
public sealed class DemoContentTests : IClassFixture<DemoInkwellFactory>
{
    private readonly ApiClient _api;

    public DemoContentTests(DemoInkwellFactory factory) => _api = factory.CreateApiClient();

    [Fact]
    public async Task An_empty_database_is_seeded_with_demo_articles_tags_and_comments()
    {
        var list = await (await _api.GetAsync("/api/articles")).ReadJsonAsync(HttpStatusCode.OK);
        var tags = await (await _api.GetAsync("/api/tags")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.True(list["articlesCount"]!.GetValue<int>() >= 5);
        Assert.NotEmpty(tags["tags"]!.AsArray());
        var articles = list["articles"]!.AsArray();
        var slug = articles[articles.Count - 1]!["slug"]!.GetValue<string>();
        var comments = await (await _api.GetAsync($"/api/articles/{slug}/comments")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.NotEmpty(comments["comments"]!.AsArray());
    }

    [Fact]
    public async Task Demo_writers_can_sign_in_and_their_feed_is_not_empty()
    {
        var login = await _api.PostAsync("/api/users/login", new { user = new { email = "brendan@demo.inkwell.test", password = "inkwell-demo" } });
        var token = (await login.ReadJsonAsync(HttpStatusCode.OK))["user"]!["token"]!.GetValue<string>();

        var feed = await (await _api.GetAsync("/api/articles/feed", token)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.True(feed["articlesCount"]!.GetValue<int>() > 0);
        Assert.All(feed["articles"]!.AsArray(), a => Assert.Equal("ada", a!["author"]!["username"]!.GetValue<string>()));
    }
}
