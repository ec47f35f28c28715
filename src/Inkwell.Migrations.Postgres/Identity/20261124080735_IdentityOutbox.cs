using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Inkwell.Migrations.Postgres.Identity
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true),
                    DeadLetteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                SELECT gen_random_uuid(), 'UserRegistered',
                       json_build_object('userId', "Id", 'username', "Username", 'bio', "Bio", 'image', "Image", 'updatedAt', "UpdatedAt")::text,
                       now(), 0
                FROM identity_users ORDER BY "Id";
                """);
            migrationBuilder.Sql("""
                INSERT INTO identity_outbox ("MessageId", "Type", "Payload", "OccurredAt", "Attempts")
                SELECT gen_random_uuid(), 'UserFollowed', json_build_object('followerId', "FollowerId", 'followeeId', "FolloweeId")::text, now(), 0
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
