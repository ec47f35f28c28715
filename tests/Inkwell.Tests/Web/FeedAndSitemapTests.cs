using System.Xml.Linq;
using Inkwell.Tests.Infrastructure;
using Inkwell.Worker.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Web;

[Collection(ApiCollection.Name)]
public sealed class FeedAndSitemapTests(InkwellFactory factory)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_rss_feed_lists_the_newest_article_first()
    {
        var api = factory.CreateApiClient();
        var article = await api.CreateArticleAsync(await api.RegisterAsync());
        await RegenerateAsync();

        var response = await factory.CreateClient().GetAsync("/feed.rss");
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        var first = rss.Root!.Element("channel")!.Elements("item").First();
        Assert.Equal(article["title"]!.GetValue<string>(), first.Element("title")!.Value);
        Assert.EndsWith($"/article/{article["slug"]}", first.Element("link")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_atom_feed_holds_only_their_articles()
    {
        var api = factory.CreateApiClient();
        var author = await api.RegisterAsync();
        await api.CreateArticleAsync(author, title: ApiClient.Unique("Mine "));
        await api.CreateArticleAsync(await api.RegisterAsync());

        var atom = XDocument.Parse(await factory.CreateClient().GetStringAsync($"/profile/{author.Username}/feed.atom"));

        var entries = atom.Root!.Elements(Atom + "entry").ToList();
        Assert.Single(entries);
        Assert.Equal(author.Username, entries[0].Element(Atom + "author")!.Element(Atom + "name")!.Value);
    }

    [Fact]
    public async Task A_feed_for_an_unknown_author_is_404()
    {
        var response = await factory.CreateClient().GetAsync($"/profile/{ApiClient.Unique("ghost")}/feed.rss");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_new_articles_and_their_authors()
    {
        var api = factory.CreateApiClient();
        var author = await api.RegisterAsync();
        var article = await api.CreateArticleAsync(author);
        await RegenerateAsync();

        var locations = await SitemapLocationsAsync();

        Assert.Contains("http://localhost/article/" + article["slug"], locations);
        Assert.Contains(locations, l => l.EndsWith($"/profile/{author.Username}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sitemap_and_feeds_are_served_as_last_generated_until_the_schedule_regenerates_them()
    {
        var api = factory.CreateApiClient();
        var author = await api.RegisterAsync();
        await RegenerateAsync();
        var article = await api.CreateArticleAsync(author);

        var before = await SitemapLocationsAsync();
        var feedBefore = await factory.CreateClient().GetStringAsync("/feed.atom");
        await RegenerateAsync();
        var after = await SitemapLocationsAsync();

        var url = "http://localhost/article/" + article["slug"];
        Assert.DoesNotContain(url, before);
        Assert.DoesNotContain(url, feedBefore, StringComparison.Ordinal);
        Assert.Contains(url, after);
        Assert.Contains(url, await factory.CreateClient().GetStringAsync("/feed.atom"), StringComparison.Ordinal);
    }

    private async Task<List<string>> SitemapLocationsAsync()
    {
        var sitemap = XDocument.Parse(await factory.CreateClient().GetStringAsync("/sitemap.xml"));
        return [.. sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value)];
    }

    /// <summary>What the <c>site-documents</c> schedule does every few minutes.</summary>
    private async Task RegenerateAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<IJobs>().RunNowAsync("site-documents", CancellationToken.None)).Succeeded);
    }
}
