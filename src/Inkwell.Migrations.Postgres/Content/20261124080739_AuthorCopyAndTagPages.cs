using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Postgres.Content
{
    /// <inheritdoc />
    public partial class AuthorCopyAndTagPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_content_article_tags_TagId_ArticleId",
                table: "content_article_tags");

            migrationBuilder.AddColumn<List<string>>(
                name: "TagList",
                table: "content_articles",
                type: "text[]",
                nullable: false,
                defaultValueSql: "ARRAY[]::text[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "ArticleCreatedAt",
                table: "content_article_tags",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "content_authors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false),
                    Username = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    NormalizedUsername = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Bio = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Image = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ProfileUpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ArticlesCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_authors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_follows",
                columns: table => new
                {
                    FollowerId = table.Column<long>(type: "bigint", nullable: false),
                    FolloweeId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_follows", x => new { x.FollowerId, x.FolloweeId });
                });

            migrationBuilder.CreateTable(
                name: "content_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HandledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_inbox", x => new { x.MessageId, x.Handler });
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_article_tags_TagId_ArticleCreatedAt_ArticleId",
                table: "content_article_tags",
                columns: new[] { "TagId", "ArticleCreatedAt", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_content_authors_NormalizedUsername",
                table: "content_authors",
                column: "NormalizedUsername");

            // Existing rows get what new writes now keep: the link's copy of its article's creation time, the article's
            // tag names in display order (docs/decisions/0002), and authors' article counts, kept by triggers like the
            // other counts (docs/decisions/0004). Author rows themselves arrive as Identity's events (its IdentityOutbox
            // migration queues one per existing user and follow).
            migrationBuilder.Sql("""
                UPDATE content_article_tags AS l SET "ArticleCreatedAt" = a."CreatedAt"
                FROM content_articles AS a WHERE a."Id" = l."ArticleId";
                """);
            migrationBuilder.Sql("""
                UPDATE content_articles AS a
                SET "TagList" = COALESCE((
                    SELECT array_agg(t."Name" ORDER BY t."Name" COLLATE "C")
                    FROM content_article_tags AS l JOIN content_tags AS t ON t."Id" = l."TagId"
                    WHERE l."ArticleId" = a."Id"), ARRAY[]::text[]);
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION content_count_authored() RETURNS trigger LANGUAGE plpgsql AS $$
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
                CREATE TRIGGER content_articles_authored AFTER INSERT OR DELETE ON content_articles
                FOR EACH ROW EXECUTE FUNCTION content_count_authored();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER content_articles_authored ON content_articles;");
            migrationBuilder.Sql("DROP FUNCTION content_count_authored();");

            migrationBuilder.DropTable(
                name: "content_authors");

            migrationBuilder.DropTable(
                name: "content_follows");

            migrationBuilder.DropTable(
                name: "content_inbox");

            migrationBuilder.DropIndex(
                name: "IX_content_article_tags_TagId_ArticleCreatedAt_ArticleId",
                table: "content_article_tags");

            migrationBuilder.DropColumn(
                name: "TagList",
                table: "content_articles");

            migrationBuilder.DropColumn(
                name: "ArticleCreatedAt",
                table: "content_article_tags");

            migrationBuilder.CreateIndex(
                name: "IX_content_article_tags_TagId_ArticleId",
                table: "content_article_tags",
                columns: new[] { "TagId", "ArticleId" });
        }
    }
}
