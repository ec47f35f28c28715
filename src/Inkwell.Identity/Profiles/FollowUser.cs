using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Profiles;

internal static class FollowUser
{
    public static async Task<Results<Ok<ProfileResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string username, ClaimsPrincipal principal, IProfiles profiles, CancellationToken cancellationToken)
    {
        var result = await profiles.FollowAsync(principal.GetUserId(), username, cancellationToken);
        return result.Value is { } profile ? TypedResults.Ok(ProfileResponse.From(profile)) : ApiErrors.From(result);
    }

    /// <summary>Following twice is the same as following once.</summary>
    public static async Task<Result<UserProfile>> ExecuteAsync(
        long followerId, string username, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var followee = await GetProfile.FindAsync(db, username, cancellationToken);
        if (followee is null)
        {
            return Result<UserProfile>.NotFound("profile");
        }

        if (followee.Id == followerId)
        {
            return Result<UserProfile>.Invalid("profile", "you cannot follow yourself");
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
                    return Result<UserProfile>.Unauthorized("token", "belongs to no user");
                }
            }
        }

        return Result<UserProfile>.Ok(followee.ToProfile(following: true));
    }
}
