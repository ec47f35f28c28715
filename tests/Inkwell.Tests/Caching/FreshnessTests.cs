using System.Net;
using Inkwell.Tests.Api.Content;
using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Caching;

/// <summary>
/// Every kind of write is seen by the very next read of every cached response that shows it, with the read cache, the
/// output cache and ETags on: the reader first has the response cached (and its ETag), then revalidates that ETag
/// right after the write and must get the new content, never a 304 nor the old body. <see cref="Writer"/> and
/// <see cref="Reader"/> are one process, or two processes sharing a database and Redis.
/// </summary>
public abstract class FreshnessTests
{
    protected abstract ApiClient Writer { get; }

    protected abstract HttpClient Reader { get; }

    [Fact]
    public async Task A_new_article_shows_at_once_in_cached_lists_tags_and_the_home_page()
    {
        var author = await Writer.RegisterAsync();
        await Writer.CreateArticleAsync(author);
        var list = await Read.PrimedAsync(Reader, $"/api/articles?author={author.Username}");
        var tags = await Read.PrimedAsync(Reader, "/api/tags");
        var home = await Read.PrimedAsync(Reader, "/");
        var tag = ApiClient.Unique("fresh");
        var title = ApiClient.Unique("Fresh title ");

        await Writer.CreateArticleAsync(author, title, [tag]);

        var listAfter = await Revalidated(list, $"/api/articles?author={author.Username}");
        Assert.Equal(2, listAfter.Json["articlesCount"]!.GetValue<int>());
        Assert.Contains(tag, (await Revalidated(tags, "/api/tags")).Json["tags"]!.AsArray().Select(node => node!.GetValue<string>()));
        Assert.Contains(title, (await Revalidated(home, "/")).Body);
    }

    [Fact]
    public async Task An_edit_shows_at_once_on_the_cached_article_and_its_page()
    {
        var author = await Writer.RegisterAsync();
        var slug = (await Writer.CreateArticleAsync(author)).Slug();
        var article = await Read.PrimedAsync(Reader, $"/api/articles/{slug}");
        var page = await Read.PrimedAsync(Reader, $"/article/{slug}");
        var body = ApiClient.Unique("Edited body ");

        (await Writer.PutAsync($"/api/articles/{slug}", new { article = new { body } }, author.Token)).EnsureSuccessStatusCode();

        Assert.Equal(body, (await Revalidated(article, $"/api/articles/{slug}")).Json["article"]!["body"]!.GetValue<string>());
        Assert.Contains(body, (await Revalidated(page, $"/article/{slug}")).Body);
    }

    [Fact]
    public async Task A_deleted_article_is_gone_at_once_from_the_cached_article_and_list()
    {
        var author = await Writer.RegisterAsync();
        var slug = (await Writer.CreateArticleAsync(author)).Slug();
        var article = await Read.PrimedAsync(Reader, $"/api/articles/{slug}");
        await Read.PrimedAsync(Reader, $"/api/articles?author={author.Username}");

        (await Writer.DeleteAsync($"/api/articles/{slug}", author.Token)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await Read.GetAsync(Reader, $"/api/articles/{slug}", article.ETag)).Status);
        var list = await Read.GetAsync(Reader, $"/api/articles?author={author.Username}");
        Assert.Equal(0, list.Json["articlesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_favorite_shows_at_once_in_the_cached_count()
    {
        var author = await Writer.RegisterAsync();
        var fan = await Writer.RegisterAsync();
        var slug = (await Writer.CreateArticleAsync(author)).Slug();
        var article = await Read.PrimedAsync(Reader, $"/api/articles/{slug}");
        Assert.Equal(0, article.Json["article"]!["favoritesCount"]!.GetValue<int>());

        (await Writer.PostAsync($"/api/articles/{slug}/favorite", null, fan.Token)).EnsureSuccessStatusCode();

        Assert.Equal(1, (await Revalidated(article, $"/api/articles/{slug}")).Json["article"]!["favoritesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_comment_shows_at_once_in_the_cached_comments_and_the_article_page()
    {
        var author = await Writer.RegisterAsync();
        var slug = (await Writer.CreateArticleAsync(author)).Slug();
        var comments = await Read.PrimedAsync(Reader, $"/api/articles/{slug}/comments");
        var page = await Read.PrimedAsync(Reader, $"/article/{slug}");
        var body = ApiClient.Unique("A fresh comment ");

        (await Writer.PostAsync($"/api/articles/{slug}/comments", new { comment = new { body } }, author.Token)).EnsureSuccessStatusCode();

        var after = await Revalidated(comments, $"/api/articles/{slug}/comments");
        Assert.Equal([body], after.Json["comments"]!.AsArray().Select(comment => comment!["body"]!.GetValue<string>()));
        Assert.Contains(body, (await Revalidated(page, $"/article/{slug}")).Body);
    }

    [Fact]
    public async Task A_profile_change_shows_at_once_on_the_cached_profile_its_page_and_the_authors_article()
    {
        var author = await Writer.RegisterAsync();
        var slug = (await Writer.CreateArticleAsync(author)).Slug();
        var profile = await Read.PrimedAsync(Reader, $"/api/profiles/{author.Username}");
        var page = await Read.PrimedAsync(Reader, $"/profile/{author.Username}");
        var article = await Read.PrimedAsync(Reader, $"/api/articles/{slug}");
        var bio = ApiClient.Unique("Writes about caches ");

        (await Writer.PutAsync("/api/user", new { user = new { bio } }, author.Token)).EnsureSuccessStatusCode();

        Assert.Equal(bio, (await Revalidated(profile, $"/api/profiles/{author.Username}")).Json["profile"]!["bio"]!.GetValue<string>());
        Assert.Contains(bio, (await Revalidated(page, $"/profile/{author.Username}")).Body);
        Assert.Equal(bio, (await Revalidated(article, $"/api/articles/{slug}")).Json["article"]!["author"]!["bio"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_follow_shows_at_once_in_the_followers_cached_reads()
    {
        var author = await Writer.RegisterAsync();
        var reader = await Writer.RegisterAsync();
        var slug = (await Writer.CreateArticleAsync(author)).Slug();
        var profile = await Read.PrimedAsync(Reader, $"/api/profiles/{author.Username}", reader.Token);
        var article = await Read.PrimedAsync(Reader, $"/api/articles/{slug}", reader.Token);
        Assert.False(article.Json["article"]!["author"]!["following"]!.GetValue<bool>());

        await Writer.FollowAsync(reader, author.Username);

        var profileAfter = await Read.GetAsync(Reader, $"/api/profiles/{author.Username}", profile.ETag, reader.Token);
        Assert.True(profileAfter.Json["profile"]!["following"]!.GetValue<bool>());
        var articleAfter = await Read.GetAsync(Reader, $"/api/articles/{slug}", article.ETag, reader.Token);
        Assert.True(articleAfter.Json["article"]!["author"]!["following"]!.GetValue<bool>());
        var anonymous = await Read.GetAsync(Reader, $"/api/articles/{slug}");
        Assert.False(anonymous.Json["article"]!["author"]!["following"]!.GetValue<bool>());
    }

    private async Task<Read> Revalidated(Read before, string url)
    {
        var after = await Read.GetAsync(Reader, url, before.ETag);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.NotEqual(before.Body, after.Body);
        return after;
    }
}

/// <summary>Written and read in one process, the all-in-one shape.</summary>
public sealed class OneProcessFreshnessTests(InkwellFactory factory) : FreshnessTests, IClassFixture<InkwellFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    protected override ApiClient Writer => new(_http);

    protected override HttpClient Reader => _http;
}
