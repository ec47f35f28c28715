namespace Inkwell.Content.Data;

/// <summary>
/// Content's copy of an author's public profile, fed by Identity's events (UserRegistered, ProfileUpdated), so lists
/// and the feed show authors without asking Identity. Its id is the user's id in Identity.
/// </summary>
internal sealed class AuthorProfile
{
    public long Id { get; set; }

    public required string Username { get; set; }

    public required string NormalizedUsername { get; set; }

    public string? Bio { get; set; }

    public string? Image { get; set; }

    /// <summary>The profile's version in Identity; an older update arriving late is ignored.</summary>
    public DateTime ProfileUpdatedAt { get; set; }

    /// <summary>How many articles the author has; database triggers keep it in step with content_articles (docs/decisions/0004).</summary>
    public int ArticlesCount { get; set; }
}
