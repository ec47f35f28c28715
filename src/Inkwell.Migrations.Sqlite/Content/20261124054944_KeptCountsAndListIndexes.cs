using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Sqlite.Content
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "content_stats",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ArticlesCount = table.Column<int>(type: "INTEGER", nullable: false)
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

            // Kept counts (docs/decisions/0004): start from what is there, then triggers keep them in step with every
            // insert and delete, cascades included. SQLite drops a table's triggers with the table, so a later migration
            // that rebuilds content_articles or content_article_tags must create these triggers again.
            migrationBuilder.Sql("""INSERT INTO content_stats ("Id", "ArticlesCount") SELECT 1, COUNT(*) FROM content_articles;""");
            migrationBuilder.Sql("""
                UPDATE content_tags
                SET "ArticleCount" = (SELECT COUNT(*) FROM content_article_tags AS l WHERE l."TagId" = content_tags."Id");
                """);
            ContentCountTriggers.CreateFirst(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS content_article_tags_moved;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS content_article_tags_uncounted;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS content_article_tags_counted;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS content_articles_uncounted;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS content_articles_counted;");

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
