using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Sqlite.Content
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

            migrationBuilder.AddColumn<string>(
                name: "TagList",
                table: "content_articles",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTime>(
                name: "ArticleCreatedAt",
                table: "content_article_tags",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateTable(
                name: "content_authors",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    Username = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NormalizedUsername = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Bio = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Image = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProfileUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ArticlesCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_authors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "content_follows",
                columns: table => new
                {
                    FollowerId = table.Column<long>(type: "INTEGER", nullable: false),
                    FolloweeId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_follows", x => new { x.FollowerId, x.FolloweeId });
                });

            migrationBuilder.CreateTable(
                name: "content_inbox",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HandledAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                UPDATE content_article_tags
                SET "ArticleCreatedAt" = (SELECT a."CreatedAt" FROM content_articles AS a WHERE a."Id" = content_article_tags."ArticleId");
                """);
            migrationBuilder.Sql("""
                UPDATE content_articles
                SET "TagList" = (
                    SELECT COALESCE(json_group_array(n."Name"), '[]')
                    FROM (SELECT t."Name" FROM content_article_tags AS l JOIN content_tags AS t ON t."Id" = l."TagId"
                          WHERE l."ArticleId" = content_articles."Id" ORDER BY t."Name") AS n);
                """);
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER content_articles_unauthored;");
            migrationBuilder.Sql("DROP TRIGGER content_articles_authored;");

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

            // Dropping the columns rebuilt both tables, and with them went the kept-count triggers.
            ContentCountTriggers.CreateFirst(migrationBuilder);
        }
    }
}
