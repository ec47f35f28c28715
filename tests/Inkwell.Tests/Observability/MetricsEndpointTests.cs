using Inkwell.Tests.Infrastructure;
using Inkwell.Tests.Services.Infrastructure;

namespace Inkwell.Tests.Observability;

/// <summary>
/// <c>/metrics</c> as Prometheus scrapes it: the database and cache instruments, and the business counters each counted
/// where its use case succeeds. Other tests of the collection share the process's meters, so each test reads a counter
/// before and after its own action. The HTTP server's metrics are proven on a process of their own
/// (<see cref="PrometheusScrapeTests"/>): ASP.NET Core's meters belong to one host, and this process runs many.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MetricsEndpointTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Signing_up_is_counted()
    {
        var client = factory.CreateClient();
        var before = MetricsText.Sum(await MetricsText.ScrapeAsync(client), "inkwell_users_registered_total");

        await _api.RegisterAsync();
        var after = await MetricsText.WaitAboveAsync(client, "inkwell_users_registered_total", before);

        Assert.True(after >= before + 1, $"{before} -> {after}");
    }

    [Fact]
    public async Task Publishing_commenting_and_favoriting_are_each_counted()
    {
        var client = factory.CreateClient();
        var scrape = await MetricsText.ScrapeAsync(client);
        var (articles, comments, favorites) = (
            MetricsText.Sum(scrape, "inkwell_articles_published_total"),
            MetricsText.Sum(scrape, "inkwell_comments_added_total"),
            MetricsText.Sum(scrape, "inkwell_favorites_added_total"));

        var author = await _api.RegisterAsync();
        var article = await _api.CreateArticleAsync(author);
        (await _api.PostAsync($"/api/articles/{article["slug"]}/comments", new { comment = new { body = "Counted." } }, author.Token)).EnsureSuccessStatusCode();
        (await _api.PostAsync($"/api/articles/{article["slug"]}/favorite", null, author.Token)).EnsureSuccessStatusCode();

        Assert.True(await MetricsText.WaitAboveAsync(client, "inkwell_articles_published_total", articles) >= articles + 1);
        Assert.True(await MetricsText.WaitAboveAsync(client, "inkwell_comments_added_total", comments) >= comments + 1);
        Assert.True(await MetricsText.WaitAboveAsync(client, "inkwell_favorites_added_total", favorites) >= favorites + 1);
    }

    [Fact]
    public async Task Database_commands_and_cache_lookups_are_measured()
    {
        var client = factory.CreateClient();
        var tag = ApiClient.Unique("metered");
        var author = await _api.RegisterAsync();
        await _api.CreateArticleAsync(author, tags: [tag]);

        // The same list again and again: the first read misses the cache and queries the database, a later one hits (once the
        // author's copy, written in the background after the sign-up, no longer starts a new cache generation between reads).
        var scrape = "";
        await Eventually.HoldsAsync(
            async () =>
            {
                (await client.GetAsync($"/api/articles?tag={tag}")).EnsureSuccessStatusCode();
                scrape = await MetricsText.ScrapeAsync(client);
                return MetricsText.Sum(scrape, "inkwell_db_command_duration_seconds_count", "module=\"content\"", "outcome=\"ok\"") > 0
                    && MetricsText.Sum(scrape, "inkwell_cache_lookups_total", "cache=\"ContentDbContext\"", "result=\"miss\"") > 0
                    && MetricsText.Sum(scrape, "inkwell_cache_lookups_total", "cache=\"ContentDbContext\"", "result=\"hit\"") > 0;
            },
            TimeSpan.FromSeconds(10),
            "the database and cache instruments",
            () => scrape);
        Assert.Contains("target_info{", scrape, StringComparison.Ordinal);
    }
}
