using Inkwell.Identity.Contracts.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Inkwell.Identity.Data;

/// <summary>
/// The integration events a save raises, read off the change tracker, so every writer of users and follows
/// (the API, the site, demo content, operator commands) publishes them without having to remember to.
/// Each is described lazily: a new user's id exists only once the first save has run.
/// </summary>
internal static class IdentityEvents
{
    public static IReadOnlyList<Func<object>> Capture(ChangeTracker changes)
    {
        var raised = new List<Func<object>>();
        foreach (var entry in changes.Entries<User>())
        {
            var user = entry.Entity;
            if (entry.State == EntityState.Added)
            {
                raised.Add(() => new UserRegistered(user.Id, user.Username, user.Bio, user.Image, user.UpdatedAt));
            }
            else if (entry.State == EntityState.Modified && ProfileChanged(entry))
            {
                raised.Add(() => new ProfileUpdated(user.Id, user.Username, user.Bio, user.Image, user.UpdatedAt));
            }
        }

        foreach (var entry in changes.Entries<Follow>())
        {
            // Values are copied now: a deleted entity is detached by the save.
            var (follower, followee) = (entry.Entity.FollowerId, entry.Entity.FolloweeId);
            if (entry.State == EntityState.Added)
            {
                raised.Add(() => new UserFollowed(follower, followee));
            }
            else if (entry.State == EntityState.Deleted)
            {
                raised.Add(() => new UserUnfollowed(follower, followee));
            }
        }

        return raised;
    }

    private static bool ProfileChanged(EntityEntry<User> entry) =>
        entry.Property(u => u.Username).IsModified || entry.Property(u => u.Bio).IsModified || entry.Property(u => u.Image).IsModified;
}
