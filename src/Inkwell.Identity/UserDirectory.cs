using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity;

internal sealed class UserDirectory(IdentityDbContext db) : IUserDirectory
{
    public async Task<long?> FindUserIdAsync(string username, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        return await db.Users
            .Where(u => u.NormalizedUsername == normalized)
            .Select(u => (long?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<long, UserProfile>> GetProfilesAsync(
        IReadOnlyCollection<long> userIds, long? viewerId, CancellationToken cancellationToken)
    {
        if (userIds.Count == 0)
        {
            return new Dictionary<long, UserProfile>();
        }

        var ids = userIds.Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.Username, u.Bio, u.Image })
            .ToListAsync(cancellationToken);

        var followed = viewerId is { } viewer
            ? (await db.Follows
                .Where(f => f.FollowerId == viewer && ids.Contains(f.FolloweeId))
                .Select(f => f.FolloweeId)
                .ToListAsync(cancellationToken)).ToHashSet()
            : [];

        return users.ToDictionary(u => u.Id, u => new UserProfile(u.Id, u.Username, u.Bio, u.Image, followed.Contains(u.Id)));
    }

    public async Task<IReadOnlyList<long>> GetFollowedUserIdsAsync(long followerId, CancellationToken cancellationToken) =>
        await db.Follows
            .Where(f => f.FollowerId == followerId)
            .Select(f => f.FolloweeId)
            .ToListAsync(cancellationToken);
}
