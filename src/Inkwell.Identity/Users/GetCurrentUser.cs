using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Tokens;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

internal static class GetCurrentUser
{
    public static async Task<Results<Ok<UserResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        ClaimsPrincipal principal, IAccounts accounts, AccessTokenIssuer tokens, CancellationToken cancellationToken)
    {
        var result = await accounts.GetAsync(principal.GetUserId(), cancellationToken);
        return result.Value is { } account ? TypedResults.Ok(UserResponse.From(account, tokens)) : ApiErrors.From(result);
    }

    public static async Task<Result<Account>> ExecuteAsync(long userId, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);

        // A valid token for a user that no longer exists, or whose account is locked, is as good as no token.
        return user switch
        {
            null => Result<Account>.Unauthorized("token", "belongs to no user"),
            { LockedAt: not null } => AccountLocks.Refused<Account>(),
            _ => Result<Account>.Ok(user.ToAccount()),
        };
    }
}
