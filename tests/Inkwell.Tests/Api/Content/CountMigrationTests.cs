using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

/// <summary>
/// A database from before the kept counts (docs/decisions/0004) starts them from the rows it already holds, and one from
/// before hidden articles left them takes out what is hidden.
/// </summary>
public sealed class CountMigrationTests(InkwellFactory factory) : IClassFixture<InkwellFactory>
{
    [Fact]
    public async Task Upgrading_a_database_that_already_has_articles_starts_the_counts_from_them()
    {
        var api = factory.CreateApiClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var migrator = db.GetService<IMigrator>();
        var tag = ApiClient.Unique("older");
        var now = DateTime.UtcNow;

        await migrator.MigrateAsync("Initial");
        await db.Database.ExecuteSqlAsync($"""INSERT INTO content_tags ("Name") VALUES ({tag})""");
        foreach (var slug in new[] { $"{tag}-1", $"{tag}-2" })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO content_articles ("Slug", "Title", "Description", "Body", "AuthorId", "CreatedAt", "UpdatedAt", "FavoritesCount")
                VALUES ({slug}, 'Older', 'From before', 'Body', 0, {now}, {now}, 0)
                """);
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO content_article_tags ("ArticleId", "TagId", "Position")
            SELECT a."Id", t."Id", 0 FROM content_articles AS a, content_tags AS t WHERE t."Name" = {tag}
            """);
        await migrator.MigrateAsync();

        Assert.Equal(2, (await api.ListAsync("")).ArticlesCount());
        Assert.Equal(2, (await api.ListAsync($"?tag={tag}")).ArticlesCount());
        Assert.Contains(tag, (await (await api.GetAsync("/api/tags")).ReadJsonAsync(HttpStatusCode.OK))["tags"]!.AsArray().Select(t => t.Text()));
        await api.CreateArticleAsync(await api.RegisterAsync(), tags: [tag]);
        Assert.Equal(3, (await api.ListAsync($"?tag={tag}")).ArticlesCount());
    }

    [Fact]
    public async Task Upgrading_a_database_with_hidden_articles_leaves_them_out_of_every_count()
    {
        var api = factory.CreateApiClient();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        var migrator = db.GetService<IMigrator>();
        var tag = ApiClient.Unique("moderated");
        var author = ApiClient.Unique("writer");
        var now = DateTime.UtcNow;

        await migrator.MigrateAsync("ModerationAndAudit");
        var totalBefore = await StatsAsync(db);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO content_authors ("Id", "Username", "NormalizedUsername", "ProfileUpdatedAt", "ArticlesCount") VALUES (987654, {author}, {author}, {now}, 0)
            """);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO content_tags ("Name", "ArticleCount") VALUES ({tag}, 0)""");
        foreach (var (slug, hiddenAt) in new[] { ($"{tag}-shown", (DateTime?)null), ($"{tag}-hidden", now) })
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO content_articles ("Slug", "Title", "Description", "Body", "AuthorId", "CreatedAt", "UpdatedAt", "FavoritesCount", "HiddenAt")
                VALUES ({slug}, 'Older', 'From before', 'Body', 987654, {now}, {now}, 0, {hiddenAt})
                """);
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO content_article_tags ("ArticleId", "TagId", "Position", "ArticleCreatedAt")
            SELECT a."Id", t."Id", 0, a."CreatedAt" FROM content_articles AS a, content_tags AS t WHERE t."Name" = {tag} AND a."AuthorId" = 987654
            """);
        Assert.Equal(totalBefore + 2, await StatsAsync(db));
        await migrator.MigrateAsync();

        Assert.Equal(totalBefore + 1, await StatsAsync(db));
        Assert.Equal([$"{tag}-shown"], (await api.ListAsync($"?tag={tag}")).Slugs());
        Assert.Equal(1, (await api.ListAsync($"?tag={tag}")).ArticlesCount());
        Assert.Equal(1, (await api.ListAsync($"?author={author}")).ArticlesCount());
        Assert.True((await scope.ServiceProvider.GetRequiredService<IModeration>().SetArticleHiddenAsync($"{tag}-hidden", false, CancellationToken.None)).Succeeded);
        Assert.Equal(2, (await api.ListAsync($"?tag={tag}")).ArticlesCount());
        Assert.Equal(2, (await api.ListAsync($"?author={author}")).ArticlesCount());
        Assert.Equal(totalBefore + 2, await StatsAsync(db));
    }

    private static Task<int> StatsAsync(ContentDbContext db) =>
        db.Database.SqlQuery<int>($"""SELECT "ArticlesCount" AS "Value" FROM content_stats WHERE "Id" = 1""").SingleAsync();
}
