using Inkwell.Platform.Api;

namespace Inkwell.Identity.Contracts;

/// <summary>Public profiles and following, by username.</summary>
public interface IProfiles
{
    Task<Result<UserProfile>> GetAsync(string username, long? viewerId, CancellationToken cancellationToken);

    /// <summary>Following twice is the same as following once; following yourself is invalid.</summary>
    Task<Result<UserProfile>> FollowAsync(long followerId, string username, CancellationToken cancellationToken);

    Task<Result<UserProfile>> UnfollowAsync(long followerId, string username, CancellationToken cancellationToken);
}
