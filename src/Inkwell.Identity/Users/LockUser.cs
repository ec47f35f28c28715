using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Identity.Users;

/// <summary>Locks an account (an operator's action) and ends its sign-ins, in one transaction.</summary>
internal static class LockUser
{
    /// <summary><c>POST /api/admin/identity/users/{username}/lock</c>, for moderators.</summary>
    public static async Task<Results<Ok<AccountResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string username, IUserAdministration accounts, CancellationToken cancellationToken) =>
        AccountResponse.From(await accounts.LockAsync(username, cancellationToken));

    public static async Task<Result<AccountListing>> ExecuteAsync(
        string username, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var user = await Accounts.FindTrackedAsync(db, username, cancellationToken);
        if (user is null)
        {
            return Result<AccountListing>.NotFound("user");
        }

        if (user.LockedAt is not null)
        {
            return Result<AccountListing>.Ok(user.ToListing());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        user.LockedAt = now;
        await AccountLocks.RevokeSignInsAsync(db, user.Id, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result<AccountListing>.Ok(user.ToListing());
    }
}
