using System.Security.Claims;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Profiles;

internal static class UnfollowUser
{
    public static async Task<Results<Ok<ProfileResponse>, NotFound<ErrorResponse>>> Handle(
        string username,
        ClaimsPrincipal principal,
        IdentityDbContext db,
        CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        var followee = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
        if (followee is null)
        {
            return ApiErrors.NotFound("profile");
        }

        var followerId = principal.GetUserId();
        await db.Follows.Where(f => f.FollowerId == followerId && f.FolloweeId == followee.Id).ExecuteDeleteAsync(cancellationToken);
        return TypedResults.Ok(ProfileResponse.From(followee, following: false));
    }
}
