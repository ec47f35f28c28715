using Inkwell.Content.Data;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Platform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Authors;

/// <summary>An unfollow takes the followee's articles out of the follower's feed.</summary>
internal sealed class CopyUnfollow(ContentDbContext db) : IEventHandler<UserUnfollowed>
{
    public async Task HandleAsync(UserUnfollowed unfollowed, CancellationToken cancellationToken) =>
        await db.AuthorFollows
            .Where(f => f.FollowerId == unfollowed.FollowerId && f.FolloweeId == unfollowed.FolloweeId)
            .ExecuteDeleteAsync(cancellationToken);
}
