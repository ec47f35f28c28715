using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Inkwell.Platform.Admin;

/// <summary>
/// What a module keeps out of its back office: whole entities (plumbing such as the outbox) and secret columns
/// (password and token hashes), which are never shown, edited or written to the audit log.
/// </summary>
public sealed class AdminExclusions<TContext>
    where TContext : DbContext
{
    private readonly HashSet<Type> _hidden = [typeof(AuditEntry), typeof(Messaging.OutboxMessage), typeof(Messaging.InboxMessage)];
    private readonly HashSet<(Type, string)> _secrets = [];
    private readonly HashSet<(Type, string)> _readOnly = [];
    private readonly HashSet<Type> _notCreatable = [];

    public AdminExclusions<TContext> Hide<TEntity>()
    {
        _hidden.Add(typeof(TEntity));
        return this;
    }

    public AdminExclusions<TContext> Secret<TEntity>(string property)
    {
        _secrets.Add((typeof(TEntity), property));
        return this;
    }

    /// <summary>Columns shown but never edited: values derived from others, or kept by the module itself.</summary>
    public AdminExclusions<TContext> ReadOnly<TEntity>(params string[] properties)
    {
        foreach (var property in properties)
        {
            _readOnly.Add((typeof(TEntity), property));
        }

        return this;
    }

    /// <summary>Rows the back office does not create: made by the module's own operations (accounts) or copied from another module.</summary>
    public AdminExclusions<TContext> NotCreatable<TEntity>()
    {
        _notCreatable.Add(typeof(TEntity));
        return this;
    }

    public bool IsCreatable(IReadOnlyEntityType entity) => !_notCreatable.Contains(entity.ClrType);

    public bool IsReadOnly(IReadOnlyProperty property) => _readOnly.Contains((property.DeclaringType.ClrType, property.Name));

    public bool IsShown(IReadOnlyEntityType entity) => !_hidden.Contains(entity.ClrType) && !entity.IsOwned() && entity.FindPrimaryKey() is not null;

    public bool IsAudited(IReadOnlyEntityType entity) => entity.ClrType != typeof(AuditEntry)
        && entity.ClrType != typeof(Messaging.OutboxMessage) && entity.ClrType != typeof(Messaging.InboxMessage);

    public bool IsSecret(IReadOnlyProperty property) => _secrets.Contains((property.DeclaringType.ClrType, property.Name));
}
