using System.Security.Claims;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

internal static class GetCurrentUser
{
    public static async Task<Results<Ok<UserResponse>, JsonHttpResult<ErrorResponse>>> Handle(
        ClaimsPrincipal principal,
        IdentityDbContext db,
        AccessTokenIssuer tokens,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

        // A valid token for a user that no longer exists is as good as no token.
        return user is null
            ? ApiErrors.Unauthorized("token", "belongs to no user")
            : TypedResults.Ok(UserResponse.From(user, tokens.Issue(user.Id, user.Username)));
    }
}
