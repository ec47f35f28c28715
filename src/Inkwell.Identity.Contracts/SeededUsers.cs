namespace Inkwell.Identity.Contracts;

/// <summary>What Identity's bulk seeder leaves in the seed context for the modules seeded after it.</summary>
/// <param name="Profiles">Every seeded user's public profile.</param>
/// <param name="CelebrityIds">The users most others follow.</param>
/// <param name="Follows">Every seeded follow, as (follower id, followee id).</param>
public sealed record SeededUsers(IReadOnlyList<SeededProfile> Profiles, IReadOnlyList<long> CelebrityIds, IReadOnlyList<(long FollowerId, long FolloweeId)> Follows)
{
    public IReadOnlyList<long> UserIds { get; } = Profiles.Select(p => p.UserId).ToList();
}

/// <summary>A seeded user as other modules may show them (what <c>UserRegistered</c> would have carried).</summary>
public sealed record SeededProfile(long UserId, string Username, string? Bio, string? Image, DateTime UpdatedAt);
