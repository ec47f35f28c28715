using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

/// <summary>
/// The totals the article list shows without counting (docs/decisions/0004) stay exact whoever writes:
/// the API, plain SQL from a bulk load, or a statement that empties the tables. A database of its own,
/// so the unfiltered total is this class's alone.
/// </summary>
public sealed class KeptCountTests(UncachedInkwellFactory factory) : IClassFixture<UncachedInkwellFactory>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_unfiltered_total_follows_articles_created_and_deleted()
    {
        var author = await _api.RegisterAsync();
        var before = (await _api.ListAsync("")).ArticlesCount();

        var first = await _api.CreateArticleAsync(author);
        await _api.CreateArticleAsync(author);
        await _api.CreateArticleAsync(author);
        Assert.Equal(before + 3, (await _api.ListAsync("")).ArticlesCount());

        await _api.DeleteAsync($"/api/articles/{first.Slug()}", author.Token);
        var page = await _api.ListAsync("?limit=100");
        Assert.Equal(before + 2, page.ArticlesCount());
        Assert.Equal(page.ArticlesCount(), page.Articles().Count);
    }

    [Fact]
    public async Task A_tags_total_follows_articles_tagged_retagged_and_deleted()
    {
        var author = await _api.RegisterAsync();
        var tag = ApiClient.Unique("counted");
        var kept = await _api.CreateArticleAsync(author, tags: [tag, "other"]);
        var retagged = await _api.CreateArticleAsync(author, tags: [tag]);
        var deleted = await _api.CreateArticleAsync(author, tags: ["other", tag]);
        Assert.Equal(3, (await _api.ListAsync($"?tag={tag}")).ArticlesCount());

        await _api.PutAsync($"/api/articles/{retagged.Slug()}", new { article = new { tagList = new[] { "other" } } }, author.Token);
        await _api.PutAsync($"/api/articles/{kept.Slug()}", new { article = new { tagList = new[] { "other", tag } } }, author.Token);
        await _api.DeleteAsync($"/api/articles/{deleted.Slug()}", author.Token);

        var page = await _api.ListAsync($"?tag={tag}");
        Assert.Equal([kept.Slug()], page.Slugs());
        Assert.Equal(1, page.ArticlesCount());
    }

    [Fact]
    public async Task Hiding_and_showing_an_article_moves_every_total_with_the_rows_each_reader_pages_through()
    {
        var author = await _api.RegisterAsync();
        var fan = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();
        var tag = ApiClient.Unique("shared");
        var only = ApiClient.Unique("only");
        var hidden = (await _api.CreateArticleAsync(author, tags: [tag, only])).Slug();
        var kept = (await _api.CreateArticleAsync(author, tags: [tag])).Slug();
        await _api.FavoriteAsync(fan, hidden);
        await _api.FavoriteAsync(fan, kept);
        await _api.FollowAsync(follower, author.Username);
        string[] lists = ["?limit=100", $"?tag={tag}", $"?tag={only}", $"?author={author.Username}", $"?favorited={fan.Username}", $"?tag={tag}&author={author.Username}"];
        var before = (await _api.ListAsync("")).ArticlesCount();

        await SetHiddenAsync(hidden, true);

        foreach (var list in lists)
        {
            await AssertTotalIsTheRowsAsync(list, token: null, hidden, shown: false);
            await AssertTotalIsTheRowsAsync(list, author.Token, hidden, shown: true);
        }

        Assert.Equal(before - 1, (await _api.ListAsync("")).ArticlesCount());
        Assert.Equal(1, (await _api.ListAsync($"?tag={tag}")).ArticlesCount());
        Assert.Equal(1, (await _api.ListAsync($"?author={author.Username}")).ArticlesCount());
        var feed = await _api.FeedAsync(follower);
        Assert.Equal([kept], feed.Slugs());
        Assert.Equal(1, feed.ArticlesCount());
        Assert.DoesNotContain(only, await TagsAsync());

        await SetHiddenAsync(hidden, false);

        foreach (var list in lists)
        {
            await AssertTotalIsTheRowsAsync(list, token: null, hidden, shown: true);
        }

        Assert.Equal(before, (await _api.ListAsync("")).ArticlesCount());
        Assert.Equal(2, (await _api.ListAsync($"?tag={tag}")).ArticlesCount());
        Assert.Equal(2, (await _api.FeedAsync(follower)).ArticlesCount());
        Assert.Contains(only, await TagsAsync());
    }

    [Fact]
    public async Task A_hidden_article_retagged_or_deleted_by_its_author_never_counts()
    {
        var author = await _api.RegisterAsync();
        var tag = ApiClient.Unique("quiet");
        var added = ApiClient.Unique("added");
        var hidden = (await _api.CreateArticleAsync(author, tags: [tag])).Slug();
        await _api.CreateArticleAsync(author, tags: [tag]);
        await SetHiddenAsync(hidden, true);
        var before = (await _api.ListAsync("")).ArticlesCount();

        await _api.PutAsync($"/api/articles/{hidden}", new { article = new { tagList = new[] { tag, added } } }, author.Token);
        Assert.Equal(0, (await _api.ListAsync($"?tag={added}")).ArticlesCount());
        Assert.Equal(1, (await _api.ListAsync($"?tag={added}", author.Token)).ArticlesCount());
        await _api.DeleteAsync($"/api/articles/{hidden}", author.Token);

        Assert.Equal(before, (await _api.ListAsync("")).ArticlesCount());
        Assert.Equal(1, (await _api.ListAsync($"?tag={tag}")).ArticlesCount());
        Assert.Equal(1, (await _api.ListAsync($"?author={author.Username}")).ArticlesCount());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        Assert.Equal(0, await db.Tags.Where(t => t.Name == added).Select(t => t.ArticleCount).SingleAsync());
    }

    [Fact]
    public async Task Articles_and_tag_links_written_with_plain_sql_are_counted_too()
    {
        var tag = ApiClient.Unique("loaded");
        var before = (await _api.ListAsync("")).ArticlesCount();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var now = DateTime.UtcNow;

        await db.Database.ExecuteSqlAsync($"""INSERT INTO content_tags ("Name", "ArticleCount") VALUES ({tag}, 0)""");
        for (var i = 0; i < 3; i++)
        {
            var slug = $"{tag}-{i}";
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO content_articles ("Slug", "Title", "Description", "Body", "AuthorId", "CreatedAt", "UpdatedAt", "FavoritesCount")
                VALUES ({slug}, 'Loaded', 'Loaded in bulk', 'Body', 0, {now}, {now}, 0)
                """);
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO content_article_tags ("ArticleId", "TagId", "Position")
            SELECT a."Id", t."Id", 0 FROM content_articles AS a, content_tags AS t WHERE a."Slug" LIKE {tag + "-%"} AND t."Name" = {tag}
            """);
        Assert.Equal(before + 3, (await _api.ListAsync("")).ArticlesCount());
        Assert.Equal(3, (await _api.ListAsync($"?tag={tag}")).ArticlesCount());

        await db.Database.ExecuteSqlAsync($"""DELETE FROM content_articles WHERE "Slug" LIKE {tag + "-%"}""");
        Assert.Equal(before, (await _api.ListAsync("")).ArticlesCount());
        Assert.Equal(0, (await _api.ListAsync($"?tag={tag}")).ArticlesCount());
        var tags = (await (await _api.GetAsync("/api/tags")).ReadJsonAsync(HttpStatusCode.OK))["tags"]!.AsArray().Select(t => t.Text());
        Assert.DoesNotContain(tag, tags);
    }

    private async Task SetHiddenAsync(string slug, bool hidden)
    {
        using var scope = factory.Services.CreateScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<IModeration>().SetArticleHiddenAsync(slug, hidden, CancellationToken.None)).Succeeded);
    }

    /// <summary>The list's total is the number of rows the reader pages through, and the article is among them or not.</summary>
    private async Task AssertTotalIsTheRowsAsync(string list, string? token, string slug, bool shown)
    {
        var page = await _api.ListAsync(list + (list.Contains("limit=", StringComparison.Ordinal) ? "" : "&limit=100"), token);
        Assert.True(page.ArticlesCount() == page.Articles().Count, $"{list} as {(token is null ? "anyone" : "the author")}: total {page.ArticlesCount()}, {page.Articles().Count} rows");
        Assert.Equal(shown, page.Slugs().Contains(slug));
    }

    private async Task<IEnumerable<string>> TagsAsync() =>
        (await (await _api.GetAsync("/api/tags")).ReadJsonAsync(HttpStatusCode.OK))["tags"]!.AsArray().Select(t => t.Text());

    [Fact]
    public async Task Emptying_the_article_tables_brings_every_count_to_zero()
    {
        await _api.CreateArticleAsync(await _api.RegisterAsync(), tags: [ApiClient.Unique("emptied")]);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();

        // Inside a transaction that is rolled back, so the other tests' rows come back.
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync(TestDatabase.IsPostgres
            ? "TRUNCATE content_articles, content_article_tags CASCADE"
            : "DELETE FROM content_articles");

        Assert.Equal(0, await db.Stats.Select(s => s.ArticlesCount).SingleAsync());
        Assert.Equal(0, await db.Tags.SumAsync(t => t.ArticleCount));
        await transaction.RollbackAsync();
        Assert.True(await db.Stats.Select(s => s.ArticlesCount).SingleAsync() > 0);
    }
}
