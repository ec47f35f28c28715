using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Sqlite.Content
{
    /// <inheritdoc />
    public partial class ModerationAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "HiddenAt",
                table: "content_comments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "HiddenAt",
                table: "content_articles",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "content_audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<long>(type: "INTEGER", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_audit", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_audit_At_Id",
                table: "content_audit",
                columns: new[] { "At", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_content_audit_Entity_At",
                table: "content_audit",
                columns: new[] { "Entity", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_audit");

            // SQLite drops a column in place; EF Core's DropColumn would rebuild the tables and lose the count triggers on them.
            migrationBuilder.Sql("ALTER TABLE content_comments DROP COLUMN \"HiddenAt\";");
            migrationBuilder.Sql("ALTER TABLE content_articles DROP COLUMN \"HiddenAt\";");
        }
    }
}
