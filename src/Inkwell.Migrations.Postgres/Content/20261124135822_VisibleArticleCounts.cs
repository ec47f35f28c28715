using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Postgres.Content
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
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Hidden articles stop counting (docs/decisions/0004): each link takes a copy of its article's visibility, the
            // counts lose what is hidden today, and the triggers learn about hiding. The copy lets a link deleted with its
            // article (the foreign key's cascade, after the article row is gone) be counted from its own row.
            migrationBuilder.Sql("""
                UPDATE content_article_tags AS l SET "ArticleHidden" = TRUE
                FROM content_articles AS a WHERE a."Id" = l."ArticleId" AND a."HiddenAt" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" - (SELECT COUNT(*) FROM content_articles WHERE "HiddenAt" IS NOT NULL)
                WHERE "Id" = 1;
                UPDATE content_authors AS u SET "ArticlesCount" = u."ArticlesCount" - d.n
                FROM (SELECT "AuthorId", COUNT(*) AS n FROM content_articles WHERE "HiddenAt" IS NOT NULL GROUP BY "AuthorId") AS d
                WHERE u."Id" = d."AuthorId";
                UPDATE content_tags AS t SET "ArticleCount" = t."ArticleCount" - d.n
                FROM (SELECT "TagId", COUNT(*) AS n FROM content_article_tags WHERE "ArticleHidden" GROUP BY "TagId") AS d
                WHERE t."Id" = d."TagId";
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION content_count_articles() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" + d.n
                        FROM (SELECT COUNT(*) AS n FROM added_rows WHERE "HiddenAt" IS NULL) AS d WHERE "Id" = 1 AND d.n > 0;
                    ELSIF TG_OP = 'DELETE' THEN
                        UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" - d.n
                        FROM (SELECT COUNT(*) AS n FROM removed_rows WHERE "HiddenAt" IS NULL) AS d WHERE "Id" = 1 AND d.n > 0;
                    ELSIF TG_OP = 'TRUNCATE' THEN
                        UPDATE content_stats SET "ArticlesCount" = 0 WHERE "Id" = 1;
                    END IF;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION content_count_authored() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' AND NEW."HiddenAt" IS NULL THEN
                        UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" + 1 WHERE "Id" = NEW."AuthorId";
                    ELSIF TG_OP = 'DELETE' AND OLD."HiddenAt" IS NULL THEN
                        UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" - 1 WHERE "Id" = OLD."AuthorId";
                    END IF;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION content_count_tag_links() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'TRUNCATE' THEN
                        UPDATE content_tags SET "ArticleCount" = 0 WHERE "ArticleCount" <> 0;
                    ELSIF TG_OP = 'INSERT' THEN
                        UPDATE content_tags AS t SET "ArticleCount" = t."ArticleCount" + d.n
                        FROM (SELECT "TagId", COUNT(*) AS n FROM added_rows WHERE NOT "ArticleHidden" GROUP BY "TagId") AS d
                        WHERE t."Id" = d."TagId";
                    ELSIF TG_OP = 'DELETE' THEN
                        UPDATE content_tags AS t SET "ArticleCount" = t."ArticleCount" - d.n
                        FROM (SELECT "TagId", COUNT(*) AS n FROM removed_rows WHERE NOT "ArticleHidden" GROUP BY "TagId") AS d
                        WHERE t."Id" = d."TagId";
                    ELSE
                        -- An update counts where a visible link moved to another tag, or its article was hidden or shown
                        -- again; a new position changes nothing.
                        UPDATE content_tags AS t SET "ArticleCount" = t."ArticleCount" + d.n
                        FROM (
                            SELECT "TagId", SUM(n) AS n
                            FROM (
                                SELECT "TagId", 1 AS n FROM added_rows WHERE NOT "ArticleHidden"
                                UNION ALL SELECT "TagId", -1 FROM removed_rows WHERE NOT "ArticleHidden") AS moves
                            GROUP BY "TagId" HAVING SUM(n) <> 0) AS d
                        WHERE t."Id" = d."TagId";
                    END IF;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION content_count_visibility() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    change integer := CASE WHEN NEW."HiddenAt" IS NULL THEN 1 ELSE -1 END;
                BEGIN
                    -- The author's row, the total, then the tags (through the links' trigger): the order a create takes
                    -- them in, so hiding and creating cannot deadlock on the counts.
                    UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" + change WHERE "Id" = NEW."AuthorId";
                    UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" + change WHERE "Id" = 1;
                    UPDATE content_article_tags SET "ArticleHidden" = NEW."HiddenAt" IS NOT NULL WHERE "ArticleId" = NEW."Id";
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER content_articles_hidden AFTER UPDATE OF "HiddenAt" ON content_articles
                    FOR EACH ROW WHEN ((OLD."HiddenAt" IS NULL) <> (NEW."HiddenAt" IS NULL)) EXECUTE FUNCTION content_count_visibility();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER content_articles_hidden ON content_articles;
                DROP FUNCTION content_count_visibility();
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION content_count_articles() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" + d.n
                        FROM (SELECT COUNT(*) AS n FROM added_rows) AS d WHERE "Id" = 1 AND d.n > 0;
                    ELSIF TG_OP = 'DELETE' THEN
                        UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" - d.n
                        FROM (SELECT COUNT(*) AS n FROM removed_rows) AS d WHERE "Id" = 1 AND d.n > 0;
                    ELSIF TG_OP = 'TRUNCATE' THEN
                        UPDATE content_stats SET "ArticlesCount" = 0 WHERE "Id" = 1;
                    END IF;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION content_count_authored() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" + 1 WHERE "Id" = NEW."AuthorId";
                    ELSE
                        UPDATE content_authors SET "ArticlesCount" = "ArticlesCount" - 1 WHERE "Id" = OLD."AuthorId";
                    END IF;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION content_count_tag_links() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'TRUNCATE' THEN
                        UPDATE content_tags SET "ArticleCount" = 0 WHERE "ArticleCount" <> 0;
                    ELSIF TG_OP = 'INSERT' THEN
                        UPDATE content_tags AS t SET "ArticleCount" = t."ArticleCount" + d.n
                        FROM (SELECT "TagId", COUNT(*) AS n FROM added_rows GROUP BY "TagId") AS d
                        WHERE t."Id" = d."TagId";
                    ELSIF TG_OP = 'DELETE' THEN
                        UPDATE content_tags AS t SET "ArticleCount" = t."ArticleCount" - d.n
                        FROM (SELECT "TagId", COUNT(*) AS n FROM removed_rows GROUP BY "TagId") AS d
                        WHERE t."Id" = d."TagId";
                    ELSE
                        -- An update counts only where a link moved to another tag; a new position changes nothing.
                        UPDATE content_tags AS t SET "ArticleCount" = t."ArticleCount" + d.n
                        FROM (
                            SELECT "TagId", SUM(n) AS n
                            FROM (SELECT "TagId", 1 AS n FROM added_rows UNION ALL SELECT "TagId", -1 FROM removed_rows) AS moves
                            GROUP BY "TagId" HAVING SUM(n) <> 0) AS d
                        WHERE t."Id" = d."TagId";
                    END IF;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                UPDATE content_stats SET "ArticlesCount" = "ArticlesCount" + (SELECT COUNT(*) FROM content_articles WHERE "HiddenAt" IS NOT NULL)
                WHERE "Id" = 1;
                UPDATE content_authors AS u SET "ArticlesCount" = u."ArticlesCount" + d.n
                FROM (SELECT "AuthorId", COUNT(*) AS n FROM content_articles WHERE "HiddenAt" IS NOT NULL GROUP BY "AuthorId") AS d
                WHERE u."Id" = d."AuthorId";
                UPDATE content_tags AS t SET "ArticleCount" = t."ArticleCount" + d.n
                FROM (SELECT "TagId", COUNT(*) AS n FROM content_article_tags WHERE "ArticleHidden" GROUP BY "TagId") AS d
                WHERE t."Id" = d."TagId";
                """);

            migrationBuilder.DropColumn(
                name: "ArticleHidden",
                table: "content_article_tags");
        }
    }
}
