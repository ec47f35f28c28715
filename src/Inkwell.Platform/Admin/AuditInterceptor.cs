using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Inkwell.Platform.Data;

namespace Inkwell.Platform.Admin;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for each row an admin or moderator adds, changes or deletes, into the same
/// SaveChanges (so the same transaction) as the change. Only while an <see cref="AuditActor"/> is set; then a bulk
/// <c>ExecuteUpdate</c> or <c>ExecuteDelete</c>, which writes past the change tracker, is refused before it runs.
/// </summary>
internal sealed class AuditInterceptor<TContext>(AdminExclusions<TContext> exclusions, TimeProvider clock)
    : IModuleInterceptor<TContext>, ISaveChangesInterceptor, IDbCommandInterceptor
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

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        RefuseUnaudited(eventData);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RefuseUnaudited(eventData);
        return ValueTask.FromResult(result);
    }

    // The rows a bulk statement changes never reach the change tracker, so nothing could audit them: an operation an
    // admin or moderator runs changes rows through tracked entities, and one that does not fails loudly, unapplied.
    private static void RefuseUnaudited(CommandEventData eventData)
    {
        if (AuditActor.Current is { } actor && eventData.CommandSource is CommandSource.ExecuteUpdate or CommandSource.ExecuteDelete)
        {
            throw new InvalidOperationException(
                $"A bulk ExecuteUpdate or ExecuteDelete would change {typeof(TContext).Name} rows past the audit while {actor.Username} is audited; "
                + "change them through tracked entities (docs/decisions/0017).");
        }
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
