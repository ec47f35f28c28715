using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Inkwell.Platform.Data;

namespace Inkwell.Platform.Admin;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for each row an admin or moderator adds, changes or deletes, into the same
/// SaveChanges (so the same transaction) as the change. Only while an <see cref="AuditActor"/> is set.
/// </summary>
internal sealed class AuditInterceptor<TContext>(AdminExclusions<TContext> exclusions, TimeProvider clock) : IModuleInterceptor<TContext>, ISaveChangesInterceptor
    where TContext : DbContext
{
    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    private void Capture(DbContext? db)
    {
        if (db is null || AuditActor.Current is not { } actor)
        {
            return;
        }

        db.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && exclusions.IsAudited(e.Metadata))
            // A key the database generates is not known before the insert: whoever creates such a row audits it after saving.
            .Where(e => !(e.State == EntityState.Added && e.Metadata.FindPrimaryKey()!.Properties.Any(p => e.Property(p.Name).IsTemporary)))
            .ToList();
        foreach (var entry in entries)
        {
            db.Add(new AuditEntry
            {
                At = now,
                ActorId = actor.UserId,
                ActorName = actor.Username,
                Action = entry.State switch { EntityState.Added => "created", EntityState.Deleted => "deleted", _ => "updated" },
                Entity = entry.Metadata.ClrType.Name,
                EntityKey = AdminValues.KeyOf(entry),
                Before = entry.State == EntityState.Added ? null : ValuesJson(entry, exclusions, original: true),
                After = entry.State == EntityState.Deleted ? null : ValuesJson(entry, exclusions, original: false),
            });
        }
    }

    /// <summary>The row's columns as a JSON object, secrets left out.</summary>
    public static string ValuesJson(EntityEntry entry, AdminExclusions<TContext> exclusions, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => !exclusions.IsSecret(p.Metadata)))
        {
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }

        return JsonSerializer.Serialize(values);
    }
}
