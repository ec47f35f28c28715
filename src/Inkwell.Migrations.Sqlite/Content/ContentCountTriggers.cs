using Microsoft.EntityFrameworkCore.Migrations;

namespace Inkwell.Migrations.Sqlite.Content;

/// <summary>
/// The triggers behind the kept counts (docs/decisions/0004). SQLite drops a table's triggers when a migration
/// rebuilds the table, so every migration that may rebuild content_articles or content_article_tags creates the missing ones again.
/// </summary>
internal static class ContentCountTriggers
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_articles_counted AFTER INSERT ON content_articles
            BEGIN
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" + 1 WHERE "Id" = 1;
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_articles_uncounted AFTER DELETE ON content_articles
            BEGIN
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" - 1 WHERE "Id" = 1;
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_article_tags_counted AFTER INSERT ON content_article_tags
            BEGIN
                UPDATE content_tags SET "ArticleCount" = "ArticleCount" + 1 WHERE "Id" = NEW."TagId";
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_article_tags_uncounted AFTER DELETE ON content_article_tags
            BEGIN
                UPDATE content_tags SET "ArticleCount" = "ArticleCount" - 1 WHERE "Id" = OLD."TagId";
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_article_tags_moved AFTER UPDATE OF "TagId" ON content_article_tags
            WHEN OLD."TagId" <> NEW."TagId"
            BEGIN
                UPDATE content_tags SET "ArticleCount" = "ArticleCount" - 1 WHERE "Id" = OLD."TagId";
                UPDATE content_tags SET "ArticleCount" = "ArticleCount" + 1 WHERE "Id" = NEW."TagId";
            END;
            """);
    }
}
