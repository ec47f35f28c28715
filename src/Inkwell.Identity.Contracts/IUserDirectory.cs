namespace Inkwell.Identity.Contracts;

/// <summary>A user as other modules see them: public profile, seen by a particular reader.</summary>
public sealed record UserProfile(long UserId, string Username, string? Bio, string? Image, bool Following);

/// <summary>What Identity answers for other modules: who users are and who follows whom.</summary>
public interface IUserDirectory
{
    /// <summary>The id of the user with this username (case-insensitive), or null.</summary>
    Task<long?> FindUserIdAsync(string username, CancellationToken cancellationToken);

    /// <summary>Profiles of the given users, with <c>Following</c> as seen by <paramref name="viewerId"/>.</summary>
    Task<IReadOnlyDictionary<long, UserProfile>> GetProfilesAsync(
        IReadOnlyCollection<long> userIds, long? viewerId, CancellationToken cancellationToken);

    /// <summary>The ids of everyone <paramref name="followerId"/> follows.</summary>
    Task<IReadOnlyList<long>> GetFollowedUserIdsAsync(long followerId, CancellationToken cancellationToken);
}
