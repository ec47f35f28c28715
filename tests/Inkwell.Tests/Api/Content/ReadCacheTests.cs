using System.Net;
using Inkwell.Content.Data;
using Inkwell.Identity.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

/// <summary>Repeated reads come from the read cache, and every write is seen by the very next read.</summary>
public sealed class ReadCacheTests(ReadCacheTests.RecordingFactory factory) : IClassFixture<ReadCacheTests.RecordingFactory>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_repeated_list_read_reaches_no_database_until_a_write_changes_what_it_shows()
    {
        var author = await _api.RegisterAsync();
        var tag = ApiClient.Unique("cached");
        var article = await _api.CreateArticleAsync(author, tags: [tag]);

        await _api.ListAsync($"?tag={tag}");
        factory.Recorder.Reset();
        var again = await _api.ListAsync($"?tag={tag}");
        Assert.Empty(factory.Recorder.RequestCommands);
        Assert.Equal(0, again.Articles().Single()["favoritesCount"]!.GetValue<int>());

        var fan = await _api.RegisterAsync();
        (await _api.PostAsync($"/api/articles/{article.Slug()}/favorite", null, fan.Token)).EnsureSuccessStatusCode();

        var fresh = await _api.ListAsync($"?tag={tag}");
        Assert.Equal(1, fresh.Articles().Single()["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_profile_change_shows_at_once_on_the_authors_cached_article()
    {
        var author = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author)).Slug();
        await (await _api.GetAsync($"/api/articles/{slug}")).ReadJsonAsync(HttpStatusCode.OK);

        await (await _api.PutAsync("/api/user", new { user = new { bio = "Now writing about caches." } }, author.Token)).ReadJsonAsync(HttpStatusCode.OK);

        var article = (await (await _api.GetAsync($"/api/articles/{slug}")).ReadJsonAsync(HttpStatusCode.OK))["article"]!;
        Assert.Equal("Now writing about caches.", article["author"]!["bio"]!.GetValue<string>());
    }

    [Fact]
    public async Task Following_an_author_shows_at_once_in_the_readers_cached_feed_and_lists()
    {
        var author = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();
        var slug = (await _api.CreateArticleAsync(author)).Slug();
        var before = await (await _api.GetAsync("/api/articles/feed", reader.Token)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, before.ArticlesCount());
        await _api.GetAsync($"/api/articles/{slug}", reader.Token);

        await _api.FollowAsync(reader, author.Username);

        var feed = await (await _api.GetAsync("/api/articles/feed", reader.Token)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([slug], feed.Slugs());
        var article = (await (await _api.GetAsync($"/api/articles/{slug}", reader.Token)).ReadJsonAsync(HttpStatusCode.OK))["article"]!;
        Assert.True(article["author"]!["following"]!.GetValue<bool>());
    }

    public sealed class RecordingFactory : InkwellFactory
    {
        public SqlCommandRecorder Recorder { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            // Cron jobs read Content too; with them on, one could run between the two reads and be counted.
            builder.WithoutSchedules();
            builder.ConfigureServices(services =>
            {
                services.ConfigureDbContext<ContentDbContext>(options => options.AddInterceptors(Recorder));
                services.ConfigureDbContext<IdentityDbContext>(options => options.AddInterceptors(Recorder));
            });
        }
    }
}
