namespace Inkwell.Platform.Admin;

/// <summary>One change made by an admin or a moderator, written in the same transaction as the change.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public long ActorId { get; set; }

    public required string ActorName { get; set; }

    /// <summary><c>created</c>, <c>updated</c> or <c>deleted</c>.</summary>
    public required string Action { get; set; }

    /// <summary>The entity's name in the model, as the back office shows it (<c>Article</c>).</summary>
    public required string Entity { get; set; }

    public required string EntityKey { get; set; }

    /// <summary>The columns before the change as a JSON object; null for a creation. Secrets are left out.</summary>
    public string? Before { get; set; }

    /// <summary>The columns after the change; null for a deletion.</summary>
    public string? After { get; set; }
}
