using Microsoft.EntityFrameworkCore;

namespace Inkwell.Platform.Messaging;

/// <summary>Maps the outbox and inbox into a module's own model, under the module's table prefix.</summary>
public static class MessagingModel
{
    public static void MapOutbox(this ModelBuilder modelBuilder, string modulePrefix) =>
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable($"{modulePrefix}_outbox");
            outbox.HasIndex(m => m.MessageId).IsUnique();
            outbox.Property(m => m.Type).HasMaxLength(200);
            // The relay's only question, "what is still to send, oldest first", reads this index and nothing else.
            outbox.HasIndex(m => new { m.SentAt, m.DeadLetteredAt, m.Id });
        });

    public static void MapInbox(this ModelBuilder modelBuilder, string modulePrefix) =>
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable($"{modulePrefix}_inbox");
            inbox.HasKey(m => new { m.MessageId, m.Handler });
            inbox.Property(m => m.Handler).HasMaxLength(200);
        });
}
