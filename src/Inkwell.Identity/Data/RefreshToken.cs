namespace Inkwell.Identity.Data;

/// <summary>
/// One refresh token. Only its SHA-256 hash is stored, so the table cannot be replayed. Every token
/// exchanged for a new one stays in its family (one sign-in), which is how reuse of an old token is noticed.
/// </summary>
internal sealed class RefreshToken
{
    public long Id { get; set; }

    public long UserId { get; set; }

    /// <summary>The sign-in this token descends from; revoking a family signs that session out.</summary>
    public Guid FamilyId { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>When it was exchanged for its successor; a second exchange is a replay.</summary>
    public DateTime? UsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
