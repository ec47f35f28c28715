using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Inkwell.Migrations.Sqlite.Identity
{
    /// <inheritdoc />
    public partial class IdentityOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "identity_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true),
                    DeadLetteredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_identity_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_identity_outbox_MessageId",
                table: "identity_outbox",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_identity_outbox_SentAt_DeadLetteredAt_Id",
                table: "identity_outbox",
                columns: new[] { "SentAt", "DeadLetteredAt", "Id" });

            // Content keeps its own copy of profiles and follows, fed by these events: queue one for every user and
            // follow that existed before the outbox, so the copy starts complete.
            migrationBuilder.Sql("""
                INSERT INTO identity_outbox ("MessageId", "Type", "Payload", "OccurredAt", "Attempts")
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8'
                           || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                       'UserRegistered',
                       json_object('userId', "Id", 'username', "Username", 'bio', "Bio", 'image', "Image",
                                   'updatedAt', replace("UpdatedAt", ' ', 'T') || 'Z'),
                       strftime('%Y-%m-%d %H:%M:%f', 'now'), 0
                FROM identity_users ORDER BY "Id";
                """);
            migrationBuilder.Sql("""
                INSERT INTO identity_outbox ("MessageId", "Type", "Payload", "OccurredAt", "Attempts")
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8'
                           || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
                       'UserFollowed',
                       json_object('followerId', "FollowerId", 'followeeId', "FolloweeId"),
                       strftime('%Y-%m-%d %H:%M:%f', 'now'), 0
                FROM identity_follows ORDER BY "CreatedAt";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "identity_outbox");
        }
    }
}
