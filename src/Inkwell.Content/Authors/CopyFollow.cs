using Inkwell.Content.Data;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Platform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Authors;

/// <summary>A follow puts the followee's articles into the follower's feed.</summary>
internal sealed class CopyFollow(ContentDbContext db) : IEventHandler<UserFollowed>
{
    public async Task HandleAsync(UserFollowed followed, CancellationToken cancellationToken)
    {
        if (!await db.AuthorFollows.AnyAsync(f => f.FollowerId == followed.FollowerId && f.FolloweeId == followed.FolloweeId, cancellationToken))
        {
            db.AuthorFollows.Add(new AuthorFollow { FollowerId = followed.FollowerId, FolloweeId = followed.FolloweeId });
        }
    }
}
