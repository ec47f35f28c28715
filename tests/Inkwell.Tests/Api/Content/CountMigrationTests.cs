using Inkwell.Content.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Content;

/// <summary>A database from before the kept counts (docs/decisions/0004) starts them from the rows it already holds.</summary>
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
}
