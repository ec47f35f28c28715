using System.Text.Json.Serialization;
using Inkwell.Platform.Api;

namespace Inkwell.Platform.Admin;

/// <summary>How the back office may show and edit a column, read from the model.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdminFieldKind>))]
public enum AdminFieldKind
{
    Text,
    Integer,
    Decimal,
    Boolean,
    DateTime,
    Guid,

    /// <summary>Shown, never edited (a list of tags kept as JSON, say).</summary>
    Other,
}

/// <param name="Generated">Written by the database (an identity key): not asked for on creation.</param>
/// <param name="Editable">False for key columns after creation and for columns of a kind the forms do not edit.</param>
public sealed record AdminField(string Name, AdminFieldKind Kind, bool Required, int? MaxLength, bool IsKey, bool Generated, bool Editable);

/// <summary>An entity of a module's model, with the columns the back office may show (never secrets).</summary>
public sealed record AdminEntity(string Module, string Name, string Table, bool CanCreate, IReadOnlyList<AdminField> Fields)
{
    [JsonIgnore]
    public IEnumerable<AdminField> Keys => Fields.Where(f => f.IsKey);
}

/// <summary>A row: its key as text (<c>12</c>, or <c>3,7</c> for a key of two columns) and each shown column as text.</summary>
public sealed record AdminRow(string Key, IReadOnlyDictionary<string, string?> Values);

public sealed record AdminPage(IReadOnlyList<AdminRow> Rows, int Total);

/// <param name="Search">Text that any text column contains.</param>
/// <param name="Filters">Column = value; text columns match when they contain it.</param>
/// <param name="Sort">A column name, descending with a leading <c>-</c>; the key when null.</param>
public sealed record AdminQuery(Paging Paging, string? Search, IReadOnlyDictionary<string, string> Filters, string? Sort);

public sealed record AuditQuery(Paging Paging, string? Entity, string? Actor);

public sealed record AuditRecord(string Module, long Id, DateTime At, long ActorId, string ActorName, string Action, string Entity, string EntityKey, string? Before, string? After);

public sealed record AuditPage(IReadOnlyList<AuditRecord> Entries, int Total);

/// <summary>
/// The back office's view of one module: every entity of its model, read and written through the module's own
/// DbContext and described by its EF Core metadata, so the website renders forms without knowing any module.
/// Writes are audited when an <see cref="AuditActor"/> is set. Unknown entity or key: <see cref="FailureKind.NotFound"/>;
/// values the model refuses: <see cref="FailureKind.Invalid"/> with the column named. The module's process implements it
/// over its DbContext, and serves it at <c>/api/admin/{module}</c> (<see cref="Api.AdminApi"/>) for a website elsewhere.
/// </summary>
public interface IAdminCatalogue
{
    string Module { get; }

    Task<IReadOnlyList<AdminEntity>> ListEntitiesAsync(CancellationToken cancellationToken);

    Task<Result<AdminPage>> ListAsync(string entity, AdminQuery query, CancellationToken cancellationToken);

    Task<Result<AdminRow>> FindAsync(string entity, string key, CancellationToken cancellationToken);

    Task<Result<AdminRow>> CreateAsync(string entity, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken);

    Task<Result<AdminRow>> UpdateAsync(string entity, string key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken);

    Task<Result<string>> DeleteAsync(string entity, string key, CancellationToken cancellationToken);

    /// <summary>The module's audit log, newest first.</summary>
    Task<AuditPage> ListAuditAsync(AuditQuery query, CancellationToken cancellationToken);
}
