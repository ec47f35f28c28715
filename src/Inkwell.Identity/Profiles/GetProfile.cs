using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Profiles;

internal static class GetProfile
{
    public static async Task<Results<Ok<ProfileResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string username, ClaimsPrincipal principal, IProfiles profiles, CancellationToken cancellationToken)
    {
        var result = await profiles.GetAsync(username, principal.FindUserId(), cancellationToken);
        return result.Value is { } profile ? TypedResults.Ok(ProfileResponse.From(profile)) : ApiErrors.From(result);
    }

    public static async Task<Result<UserProfile>> ExecuteAsync(string username, long? viewerId, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var user = await FindAsync(db, username, cancellationToken);
        if (user is null)
        {
            return Result<UserProfile>.NotFound("profile");
        }

        var following = viewerId is { } viewer
            && await db.Follows.AnyAsync(f => f.FollowerId == viewer && f.FolloweeId == user.Id, cancellationToken);
        return Result<UserProfile>.Ok(user.ToProfile(following));
    }

    /// <summary>The user with this username, whatever its case.</summary>
    public static Task<User?> FindAsync(IdentityDbContext db, string username, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        return db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
    }
}
