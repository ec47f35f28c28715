using System.Security.Claims;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Profiles;

internal static class GetProfile
{
    public static async Task<Results<Ok<ProfileResponse>, NotFound<ErrorResponse>>> Handle(
        string username,
        ClaimsPrincipal principal,
        IdentityDbContext db,
        CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
        if (user is null)
        {
            return ApiErrors.NotFound("profile");
        }

        var viewerId = principal.FindUserId();
        var following = viewerId is { } viewer
            && await db.Follows.AnyAsync(f => f.FollowerId == viewer && f.FolloweeId == user.Id, cancellationToken);
        return TypedResults.Ok(ProfileResponse.From(user, following));
    }
}
