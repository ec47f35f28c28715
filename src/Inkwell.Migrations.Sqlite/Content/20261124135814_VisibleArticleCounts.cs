using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Sqlite.Content
{
    /// <inheritdoc />
    public partial class VisibleArticleCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ArticleHidden",
                table: "content_article_tags",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Hidden articles stop counting (docs/decisions/0004): the triggers are made again with the visibility in them,
            // each link takes a copy of its article's, and the counts lose what is hidden today.
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql("""
                UPDATE content_article_tags SET "ArticleHidden" = 1
                WHERE "ArticleId" IN (SELECT "Id" FROM content_articles WHERE "HiddenAt" IS NOT NULL);
                """);
            migrationBuilder.Sql("""
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" - (SELECT COUNT(*) FROM content_articles WHERE "HiddenAt" IS NOT NULL)
                WHERE "Id" = 1;
                """);
            migrationBuilder.Sql("""
                UPDATE content_authors
                SET "ArticlesCount" = "ArticlesCount"
                    - (SELECT COUNT(*) FROM content_articles AS a WHERE a."AuthorId" = content_authors."Id" AND a."HiddenAt" IS NOT NULL)
                WHERE "Id" IN (SELECT "AuthorId" FROM content_articles WHERE "HiddenAt" IS NOT NULL);
                """);
            migrationBuilder.Sql("""
                UPDATE content_tags
                SET "ArticleCount" = "ArticleCount"
                    - (SELECT COUNT(*) FROM content_article_tags AS l WHERE l."TagId" = content_tags."Id" AND l."ArticleHidden")
                WHERE "Id" IN (SELECT "TagId" FROM content_article_tags WHERE "ArticleHidden");
                """);
            ContentCountTriggers.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite drops a column in place once no trigger names it; EF Core's DropColumn would rebuild the table.
            DropTriggers(migrationBuilder);
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS content_articles_hidden;");
            migrationBuilder.Sql("ALTER TABLE content_article_tags DROP COLUMN \"ArticleHidden\";");
            migrationBuilder.Sql("""
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" + (SELECT COUNT(*) FROM content_articles WHERE "HiddenAt" IS NOT NULL)
                WHERE "Id" = 1;
                """);
            migrationBuilder.Sql("""
                UPDATE content_authors
                SET "ArticlesCount" = "ArticlesCount"
                    + (SELECT COUNT(*) FROM content_articles AS a WHERE a."AuthorId" = content_authors."Id" AND a."HiddenAt" IS NOT NULL)
                WHERE "Id" IN (SELECT "AuthorId" FROM content_articles WHERE "HiddenAt" IS NOT NULL);
                """);
            migrationBuilder.Sql("""
                UPDATE content_tags
                SET "ArticleCount" = "ArticleCount" + (
                    SELECT COUNT(*) FROM content_article_tags AS l JOIN content_articles AS a ON a."Id" = l."ArticleId"
                    WHERE l."TagId" = content_tags."Id" AND a."HiddenAt" IS NOT NULL);
                """);
            ContentCountTriggers.CreateFirst(migrationBuilder);
            migrationBuilder.Sql("""
                CREATE TRIGGER content_articles_authored AFTER INSERT ON content_articles
                BEGIN
                    UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" + 1 WHERE "Id" = NEW."AuthorId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER content_articles_unauthored AFTER DELETE ON content_articles
                BEGIN
                    UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" - 1 WHERE "Id" = OLD."AuthorId";
                END;
                """);
        }

        private static void DropTriggers(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[]
            {
                "content_articles_counted", "content_articles_uncounted", "content_articles_authored", "content_articles_unauthored",
                "content_article_tags_counted", "content_article_tags_uncounted", "content_article_tags_moved",
            })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            }
        }
    }
}
