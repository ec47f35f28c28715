using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Postgres.Content
{
    /// <inheritdoc />
    public partial class KeptCountsAndListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_content_favorites_UserId",
                table: "content_favorites");

            migrationBuilder.DropIndex(
                name: "IX_content_comments_ArticleId_CreatedAt",
                table: "content_comments");

            migrationBuilder.DropIndex(
                name: "IX_content_articles_AuthorId_CreatedAt",
                table: "content_articles");

            migrationBuilder.DropIndex(
                name: "IX_content_articles_CreatedAt",
                table: "content_articles");

            migrationBuilder.DropIndex(
                name: "IX_content_article_tags_TagId",
                table: "content_article_tags");

            migrationBuilder.AddColumn<int>(
                name: "ArticleCount",
                table: "content_tags",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "content_stats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ArticlesCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_stats", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_favorites_UserId_ArticleId",
                table: "content_favorites",
                columns: new[] { "UserId", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_content_comments_ArticleId_CreatedAt_Id",
                table: "content_comments",
                columns: new[] { "ArticleId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_content_articles_AuthorId_CreatedAt_Id",
                table: "content_articles",
                columns: new[] { "AuthorId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_content_articles_CreatedAt_Id",
                table: "content_articles",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_content_article_tags_TagId_ArticleId",
                table: "content_article_tags",
                columns: new[] { "TagId", "ArticleId" });

            // Kept counts (docs/decisions/0004): start from what is there, then statement-level triggers keep them in
            // step with every insert, delete, update and truncate, cascades and bulk loads included. A statement that
            // writes many rows changes each count once, from its transition table, rather than once per row.
            migrationBuilder.Sql("""INSERT INTO content_stats ("Id", "ArticlesCount") SELECT 1, COUNT(*) FROM content_articles;""");
            migrationBuilder.Sql("""
                UPDATE content_tags
                SET "ArticleCount" = (SELECT COUNT(*) FROM content_article_tags AS l WHERE l."TagId" = content_tags."Id");
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION content_count_articles() RETURNS trigger LANGUAGE plpgsql AS $$
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
                CREATE FUNCTION content_count_tag_links() RETURNS trigger LANGUAGE plpgsql AS $$
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
                CREATE FUNCTION content_lock_stats() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- Deleting an article changes its tags' counts (through the cascade) before the article count; taking
                    -- the article count's row first keeps the order a create uses, so the two cannot deadlock.
                    PERFORM 1 FROM content_stats WHERE "Id" = 1 FOR NO KEY UPDATE;
                    RETURN NULL;
                END;
                $$;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER content_articles_deleting BEFORE DELETE ON content_articles
                    FOR EACH STATEMENT EXECUTE FUNCTION content_lock_stats();
                CREATE TRIGGER content_articles_counted AFTER INSERT ON content_articles
                    REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION content_count_articles();
                CREATE TRIGGER content_articles_uncounted AFTER DELETE ON content_articles
                    REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_count_articles();
                CREATE TRIGGER content_articles_truncated AFTER TRUNCATE ON content_articles
                    FOR EACH STATEMENT EXECUTE FUNCTION content_count_articles();
                CREATE TRIGGER content_article_tags_counted AFTER INSERT ON content_article_tags
                    REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION content_count_tag_links();
                CREATE TRIGGER content_article_tags_uncounted AFTER DELETE ON content_article_tags
                    REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION content_count_tag_links();
                CREATE TRIGGER content_article_tags_moved AFTER UPDATE ON content_article_tags
                    REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION content_count_tag_links();
                CREATE TRIGGER content_article_tags_truncated AFTER TRUNCATE ON content_article_tags
                    FOR EACH STATEMENT EXECUTE FUNCTION content_count_tag_links();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER content_article_tags_truncated ON content_article_tags;
                DROP TRIGGER content_article_tags_moved ON content_article_tags;
                DROP TRIGGER content_article_tags_uncounted ON content_article_tags;
                DROP TRIGGER content_article_tags_counted ON content_article_tags;
                DROP TRIGGER content_articles_truncated ON content_articles;
                DROP TRIGGER content_articles_uncounted ON content_articles;
                DROP TRIGGER content_articles_counted ON content_articles;
                DROP TRIGGER content_articles_deleting ON content_articles;
                DROP FUNCTION content_count_tag_links();
                DROP FUNCTION content_count_articles();
                DROP FUNCTION content_lock_stats();
                """);

            migrationBuilder.DropTable(
                name: "content_stats");

            migrationBuilder.DropIndex(
                name: "IX_content_favorites_UserId_ArticleId",
                table: "content_favorites");

            migrationBuilder.DropIndex(
                name: "IX_content_comments_ArticleId_CreatedAt_Id",
                table: "content_comments");

            migrationBuilder.DropIndex(
                name: "IX_content_articles_AuthorId_CreatedAt_Id",
                table: "content_articles");

            migrationBuilder.DropIndex(
                name: "IX_content_articles_CreatedAt_Id",
                table: "content_articles");

            migrationBuilder.DropIndex(
                name: "IX_content_article_tags_TagId_ArticleId",
                table: "content_article_tags");

            migrationBuilder.DropColumn(
                name: "ArticleCount",
                table: "content_tags");

            migrationBuilder.CreateIndex(
                name: "IX_content_favorites_UserId",
                table: "content_favorites",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_content_comments_ArticleId_CreatedAt",
                table: "content_comments",
                columns: new[] { "ArticleId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_articles_AuthorId_CreatedAt",
                table: "content_articles",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_content_articles_CreatedAt",
                table: "content_articles",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_content_article_tags_TagId",
                table: "content_article_tags",
                column: "TagId");
        }
    }
}
