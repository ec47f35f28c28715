using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inkwell.Platform.Admin;

/// <summary>
/// <see cref="IAdminCatalogue"/> over one module's DbContext, from that context's own model: the module registers it with
/// <see cref="AdminSetup.AddAdminCatalogue{TContext}"/>, and no other module ever sees the context.
/// </summary>
internal sealed class AdminCatalogue<TContext>(TContext db, AdminExclusions<TContext> exclusions, TimeProvider clock, string module) : IAdminCatalogue
    where TContext : DbContext
{
    public string Module => module;

    public Task<IReadOnlyList<AdminEntity>> ListEntitiesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdminEntity>>(db.Model.GetEntityTypes()
            .Where(exclusions.IsShown)
            .Select(type => new AdminEntity(
                module, type.ClrType.Name, type.GetTableName() ?? type.ClrType.Name, exclusions.IsCreatable(type), Columns(type).Select(Field).ToList()))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList());

    public Task<Result<AdminPage>> ListAsync(string entity, AdminQuery query, CancellationToken cancellationToken) =>
        Typed<Result<AdminPage>>(entity, nameof(ListCoreAsync), [query, cancellationToken], () => Result<AdminPage>.NotFound("entity"));

    public Task<Result<AdminRow>> FindAsync(string entity, string key, CancellationToken cancellationToken) =>
        AdminWrites.FindAsync(db, TypeOf(entity), key, this, cancellationToken);

    public Task<Result<AdminRow>> CreateAsync(string entity, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken) =>
        AdminWrites.CreateAsync(db, TypeOf(entity), values, this, cancellationToken);

    public Task<Result<AdminRow>> UpdateAsync(string entity, string key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken) =>
        AdminWrites.UpdateAsync(db, TypeOf(entity), key, values, this, cancellationToken);

    public Task<Result<string>> DeleteAsync(string entity, string key, CancellationToken cancellationToken) =>
        AdminWrites.DeleteAsync(db, TypeOf(entity), key, cancellationToken);

    public async Task<AuditPage> ListAuditAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            entries = entries.Where(a => a.Entity == query.Entity);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(a => a.ActorName == query.Actor);
        }

        var total = await entries.CountAsync(cancellationToken);
        var page = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(query.Paging.Offset).Take(query.Paging.Limit)
            .Select(a => new AuditRecord(module, a.Id, a.At, a.ActorId, a.ActorName, a.Action, a.Entity, a.EntityKey, a.Before, a.After))
            .ToListAsync(cancellationToken);
        return new AuditPage(page, total);
    }

    /// <summary>The columns the back office shows: every scalar property but the secrets.</summary>
    internal IEnumerable<IProperty> Columns(IEntityType type) => type.GetProperties().Where(p => !exclusions.IsSecret(p));

    internal AdminRow RowOf(object row)
    {
        var entry = db.Entry(row);
        return new AdminRow(
            AdminValues.KeyOf(entry),
            Columns(entry.Metadata).ToDictionary(p => p.Name, p => AdminValues.Format(entry.Property(p.Name).CurrentValue)));
    }

    internal DateTime Now => clock.GetUtcNow().UtcDateTime;

    internal string AfterJson(object row) => AuditInterceptor<TContext>.ValuesJson(db.Entry(row), exclusions, original: false);

    private IEntityType? TypeOf(string entity) =>
        db.Model.GetEntityTypes().FirstOrDefault(t => exclusions.IsShown(t) && string.Equals(t.ClrType.Name, entity, StringComparison.Ordinal));

    /// <summary>The columns a form may set: not secret, not read-only, of a kind the forms edit.</summary>
    internal IEnumerable<IProperty> Editable(IEntityType type) =>
        Columns(type).Where(p => !p.IsPrimaryKey() && !exclusions.IsReadOnly(p) && AdminValues.KindOf(p.ClrType) != AdminFieldKind.Other);

    internal bool CanCreate(IEntityType type) => exclusions.IsCreatable(type);

    private AdminField Field(IProperty property)
    {
        var kind = AdminValues.KindOf(property.ClrType);
        var isKey = property.IsPrimaryKey();
        var generated = isKey && property.ValueGenerated == ValueGenerated.OnAdd;
        return new AdminField(
            property.Name, kind, !property.IsNullable, property.GetMaxLength(), isKey, generated, kind != AdminFieldKind.Other && !isKey && !exclusions.IsReadOnly(property));
    }

    private async Task<Result<AdminPage>> ListCoreAsync<T>(IEntityType type, AdminQuery query, CancellationToken cancellationToken)
        where T : class
    {
        var rows = db.Set<T>().AsNoTracking();
        var columns = Columns(type).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var errors = new ValidationErrors();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            rows = AdminQueries.Search(rows, columns.Values.Where(c => c.ClrType == typeof(string)), query.Search.Trim());
        }

        foreach (var (name, text) in query.Filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)))
        {
            if (!columns.TryGetValue(name, out var column) || AdminValues.KindOf(column.ClrType) == AdminFieldKind.Other)
            {
                errors.Add(name, "is not a column that can be filtered");
            }
            else if (AdminValues.TryParse(text.Trim(), column.ClrType, out var value, out var problem))
            {
                rows = AdminQueries.Filter(rows, column, value!);
            }
            else
            {
                errors.Add(name, problem);
            }
        }

        var sort = string.IsNullOrEmpty(query.Sort) ? null : query.Sort.TrimStart('-');
        if (sort is not null && (!columns.TryGetValue(sort, out var sortColumn) || AdminValues.KindOf(sortColumn.ClrType) == AdminFieldKind.Other))
        {
            errors.Add("sort", "is not a column that can be sorted");
        }

        if (errors.Any)
        {
            return Result<AdminPage>.Invalid(errors);
        }

        var total = await rows.CountAsync(cancellationToken);
        var keys = type.FindPrimaryKey()!.Properties;
        var ordered = sort is null
            ? AdminQueries.Order(rows, keys[0], descending: false, first: true)
            : AdminQueries.Order(rows, columns[sort], query.Sort!.StartsWith('-'), first: true);
        foreach (var key in keys.Skip(sort is null ? 1 : 0))
        {
            ordered = AdminQueries.Order(ordered, key, descending: false, first: false);
        }

        var page = await ordered.Skip(query.Paging.Offset).Take(query.Paging.Limit).ToListAsync(cancellationToken);
        return Result<AdminPage>.Ok(new AdminPage(page.Select(RowOf).ToList(), total));
    }

    private Task<TResult> Typed<TResult>(string entity, string method, object[] arguments, Func<TResult> notFound)
    {
        var type = TypeOf(entity);
        if (type is null)
        {
            return Task.FromResult(notFound());
        }

        var generic = GetType().GetMethod(method, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.ClrType);
        return (Task<TResult>)generic.Invoke(this, [type, .. arguments])!;
    }
}
