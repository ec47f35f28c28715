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
