using System.Security.Claims;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Profiles;

internal static class FollowUser
{
    /// <summary>Following twice is the same as following once.</summary>
    public static async Task<Results<Ok<ProfileResponse>, NotFound<ErrorResponse>, UnprocessableEntity<ErrorResponse>, JsonHttpResult<ErrorResponse>>> Handle(
        string username,
        ClaimsPrincipal principal,
        IdentityDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        var followee = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
        if (followee is null)
        {
            return ApiErrors.NotFound("profile");
        }

        var followerId = principal.GetUserId();
        if (followee.Id == followerId)
        {
            return ApiErrors.Validation("profile", "you cannot follow yourself");
        }

        if (!await db.Follows.AnyAsync(f => f.FollowerId == followerId && f.FolloweeId == followee.Id, cancellationToken))
        {
            db.Follows.Add(new Follow { FollowerId = followerId, FolloweeId = followee.Id, CreatedAt = clock.GetUtcNow().UtcDateTime });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();

                // A concurrent identical follow clashes on the key: the outcome is what was asked for.
                // A token that outlived its user fails the follower's foreign key instead: as good as no token.
                if (!await db.Users.AnyAsync(u => u.Id == followerId, cancellationToken))
                {
                    return ApiErrors.Unauthorized("token", "belongs to no user");
                }
            }
        }

        return TypedResults.Ok(ProfileResponse.From(followee, following: true));
    }
}
