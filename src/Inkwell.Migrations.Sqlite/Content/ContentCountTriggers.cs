using Microsoft.EntityFrameworkCore.Migrations;

namespace Inkwell.Migrations.Sqlite.Content;

/// <summary>
/// The triggers behind the kept counts (docs/decisions/0004). SQLite drops a table's triggers when a migration
/// rebuilds the table, so every migration that may rebuild content_articles or content_article_tags creates the missing
/// ones again with <see cref="Create"/>.
/// </summary>
internal static class ContentCountTriggers
{
    /// <summary>
    /// Every count trigger as it is now: only visible articles count, and a link carries its article's visibility
    /// (<c>ArticleHidden</c>), so a link deleted with its article (the foreign key's cascade) is counted from its own row.
    /// </summary>
    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_articles_counted AFTER INSERT ON content_articles
            WHEN NEW."HiddenAt" IS NULL
            BEGIN
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" + 1 WHERE "Id" = 1;
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_articles_uncounted AFTER DELETE ON content_articles
            WHEN OLD."HiddenAt" IS NULL
            BEGIN
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" - 1 WHERE "Id" = 1;
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_articles_authored AFTER INSERT ON content_articles
            WHEN NEW."HiddenAt" IS NULL
            BEGIN
                UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" + 1 WHERE "Id" = NEW."AuthorId";
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_articles_unauthored AFTER DELETE ON content_articles
            WHEN OLD."HiddenAt" IS NULL
            BEGIN
                UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" - 1 WHERE "Id" = OLD."AuthorId";
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_articles_hidden AFTER UPDATE OF "HiddenAt" ON content_articles
            WHEN (OLD."HiddenAt" IS NULL) <> (NEW."HiddenAt" IS NULL)
            BEGIN
                UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" + (CASE WHEN NEW."HiddenAt" IS NULL THEN 1 ELSE -1 END)
                WHERE "Id" = NEW."AuthorId";
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" + (CASE WHEN NEW."HiddenAt" IS NULL THEN 1 ELSE -1 END)
                WHERE "Id" = 1;
                UPDATE content_article_tags SET "ArticleHidden" = NEW."HiddenAt" IS NOT NULL WHERE "ArticleId" = NEW."Id";
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_article_tags_counted AFTER INSERT ON content_article_tags
            WHEN NOT NEW."ArticleHidden"
            BEGIN
                UPDATE content_tags SET "ArticleCount" = "ArticleCount" + 1 WHERE "Id" = NEW."TagId";
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_article_tags_uncounted AFTER DELETE ON content_article_tags
            WHEN NOT OLD."ArticleHidden"
            BEGIN
                UPDATE content_tags SET "ArticleCount" = "ArticleCount" - 1 WHERE "Id" = OLD."TagId";
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER IF NOT EXISTS content_article_tags_moved AFTER UPDATE OF "TagId", "ArticleHidden" ON content_article_tags
            WHEN OLD."TagId" <> NEW."TagId" OR OLD."ArticleHidden" <> NEW."ArticleHidden"
            BEGIN
                UPDATE content_tags SET "ArticleCount" = "ArticleCount" - 1 WHERE "Id" = OLD."TagId" AND NOT OLD."ArticleHidden";
                UPDATE content_tags SET "ArticleCount" = "ArticleCount" + 1 WHERE "Id" = NEW."TagId" AND NOT NEW."ArticleHidden";
            END;
            """);
    }

    /// <summary>The triggers as the KeptCountsAndListIndexes migration first made them; kept as they were, since migrations replay.</summary>
    public static void CreateFirst(MigrationBuilder migrationBuilder)
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
