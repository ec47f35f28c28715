using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inkwell.Platform.Admin;

/// <summary>
/// The back office's writes: values checked against the model (required, maximum length, type) before anything is
/// saved, and a change the database refuses (a unique index, a foreign key) answered as invalid, never as a fault.
/// </summary>
internal static class AdminWrites
{
    public static async Task<Result<AdminRow>> FindAsync<TContext>(
        TContext db, IEntityType? type, string key, AdminCatalogue<TContext> catalogue, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var row = await LoadAsync(db, type, key, cancellationToken);
        return row is null ? Result<AdminRow>.NotFound("row") : Result<AdminRow>.Ok(catalogue.RowOf(row));
    }

    public static async Task<Result<AdminRow>> CreateAsync<TContext>(
        TContext db, IEntityType? type, IReadOnlyDictionary<string, string?> values, AdminCatalogue<TContext> catalogue, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        if (type is null)
        {
            return Result<AdminRow>.NotFound("entity");
        }

        if (!catalogue.CanCreate(type))
        {
            return Result<AdminRow>.Forbidden("entity", $"{type.ClrType.Name} rows are made by the module itself, not here");
        }

        var row = Activator.CreateInstance(type.ClrType, nonPublic: true)!;
        var entry = db.Entry(row);
        var errors = Apply(entry, catalogue.Editable(type).Concat(type.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated != ValueGenerated.OnAdd)).Distinct(), values);
        if (errors.Any)
        {
            return Result<AdminRow>.Invalid(errors);
        }

        // The key of a new row is known only once it is saved, so its audit entry is written after it, in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Add(row);
        if (!await TrySaveAsync(db, errors, cancellationToken))
        {
            return Result<AdminRow>.Invalid(errors);
        }

        if (AuditActor.Current is { } actor)
        {
            db.Add(new AuditEntry
            {
                At = catalogue.Now, ActorId = actor.UserId, ActorName = actor.Username, Action = "created",
                Entity = type.ClrType.Name, EntityKey = AdminValues.KeyOf(entry), After = catalogue.AfterJson(row),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result<AdminRow>.Ok(catalogue.RowOf(row));
    }

    public static async Task<Result<AdminRow>> UpdateAsync<TContext>(
        TContext db, IEntityType? type, string key, IReadOnlyDictionary<string, string?> values, AdminCatalogue<TContext> catalogue, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        var row = await LoadAsync(db, type, key, cancellationToken);
        if (row is null)
        {
            return Result<AdminRow>.NotFound("row");
        }

        var entry = db.Entry(row);
        var editable = catalogue.Editable(type!).Where(p => !p.IsPrimaryKey() && values.ContainsKey(p.Name));
        var errors = Apply(entry, editable, values);
        if (errors.Any || !await TrySaveAsync(db, errors, cancellationToken))
        {
            return Result<AdminRow>.Invalid(errors);
        }

        return Result<AdminRow>.Ok(catalogue.RowOf(row));
    }

    public static async Task<Result<string>> DeleteAsync(DbContext db, IEntityType? type, string key, CancellationToken cancellationToken)
    {
        var row = await LoadAsync(db, type, key, cancellationToken);
        if (row is null)
        {
            return Result<string>.NotFound("row");
        }

        db.Remove(row);
        var errors = new ValidationErrors();
        return await TrySaveAsync(db, errors, cancellationToken) ? Result<string>.Ok(key) : Result<string>.Invalid(errors);
    }

    private static async Task<object?> LoadAsync(DbContext db, IEntityType? type, string key, CancellationToken cancellationToken) =>
        type is not null && AdminValues.TryParseKey(type.FindPrimaryKey()!, key, out var keyValues)
            ? await db.FindAsync(type.ClrType, keyValues, cancellationToken)
            : null;

    private static ValidationErrors Apply(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry, IEnumerable<IProperty> columns, IReadOnlyDictionary<string, string?> values)
    {
        var errors = new ValidationErrors();
        foreach (var column in columns.Where(c => AdminValues.KindOf(c.ClrType) != AdminFieldKind.Other))
        {
            var text = values.GetValueOrDefault(column.Name);
            var isText = column.ClrType == typeof(string);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (!column.IsNullable)
                {
                    errors.Add(column.Name, "can't be blank");
                }
                else
                {
                    entry.Property(column.Name).CurrentValue = null;
                }

                continue;
            }

            if (isText && column.GetMaxLength() is { } maxLength && text.Length > maxLength)
            {
                errors.Add(column.Name, $"is too long (maximum is {maxLength} characters)");
            }
            else if (AdminValues.TryParse(isText ? text : text.Trim(), column.ClrType, out var value, out var problem))
            {
                entry.Property(column.Name).CurrentValue = value;
            }
            else
            {
                errors.Add(column.Name, problem);
            }
        }

        return errors;
    }

    private static async Task<bool> TrySaveAsync(DbContext db, ValidationErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException refused)
        {
            db.ChangeTracker.Clear();
            errors.Add("row", $"was refused by the database: {(refused.InnerException ?? refused).Message.Split('\n')[0]}");
            return false;
        }
    }
}
