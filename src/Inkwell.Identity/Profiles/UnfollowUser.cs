using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Profiles;

internal static class UnfollowUser
{
    public static async Task<Results<Ok<ProfileResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string username, ClaimsPrincipal principal, IProfiles profiles, CancellationToken cancellationToken)
    {
        var result = await profiles.UnfollowAsync(principal.GetUserId(), username, cancellationToken);
        return result.Value is { } profile ? TypedResults.Ok(ProfileResponse.From(profile)) : ApiErrors.From(result);
    }

    public static async Task<Result<UserProfile>> ExecuteAsync(long followerId, string username, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var followee = await GetProfile.FindAsync(db, username, cancellationToken);
        if (followee is null)
        {
            return Result<UserProfile>.NotFound("profile");
        }

        // Removed through the change tracker, not a bulk delete, so the save raises UserUnfollowed.
        if (await db.Follows.FindAsync([followerId, followee.Id], cancellationToken) is { } follow)
        {
            db.Follows.Remove(follow);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A concurrent unfollow removed it first: the outcome is what was asked for.
                db.ChangeTracker.Clear();
            }
        }

        return Result<UserProfile>.Ok(followee.ToProfile(following: false));
    }
}
