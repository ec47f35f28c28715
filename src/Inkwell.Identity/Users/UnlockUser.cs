using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Identity.Users;

/// <summary>Lets a locked account sign in again; the sign-ins revoked by the lock stay revoked.</summary>
internal static class UnlockUser
{
    /// <summary><c>POST /api/admin/identity/users/{username}/unlock</c>, for moderators.</summary>
    public static async Task<Results<Ok<AccountResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string username, IUserAdministration accounts, CancellationToken cancellationToken) =>
        AccountResponse.From(await accounts.UnlockAsync(username, cancellationToken));

    public static async Task<Result<AccountListing>> ExecuteAsync(string username, IdentityDbContext db, CancellationToken cancellationToken)
    {
        var user = await Accounts.FindTrackedAsync(db, username, cancellationToken);
        if (user is null)
        {
            return Result<AccountListing>.NotFound("user");
        }

        user.LockedAt = null;
        await db.SaveChangesAsync(cancellationToken);
        return Result<AccountListing>.Ok(user.ToListing());
    }
}
