using Microsoft.EntityFrameworkCore;

namespace Inkwell.Platform.Admin;

/// <summary>Maps the audit log into a module's own model, under its table prefix, as the outbox is.</summary>
public static class AuditModel
{
    public const int NameMaxLength = 200;

    public static void MapAudit(this ModelBuilder modelBuilder, string modulePrefix) =>
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable($"{modulePrefix}_audit");
            audit.Property(a => a.ActorName).HasMaxLength(NameMaxLength);
            audit.Property(a => a.Action).HasMaxLength(20);
            audit.Property(a => a.Entity).HasMaxLength(NameMaxLength);
            audit.Property(a => a.EntityKey).HasMaxLength(NameMaxLength);
            // The log is read newest first, whole or for one entity.
            audit.HasIndex(a => new { a.At, a.Id });
            audit.HasIndex(a => new { a.Entity, a.At });
        });
}
