using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

/// <summary>
/// Locking is an operator's action: a locked account cannot sign in, exchange a refresh token or use its account
/// endpoints. Access tokens it already holds stay valid at the other modules until they expire; they check no state.
/// </summary>
internal static class AccountLocks
{
    /// <summary>A 401 like any refused sign-in (docs/decisions/0003), naming the reason.</summary>
    public static Result<T> Refused<T>() => Result<T>.Unauthorized("account", "is locked");

    /// <summary>
    /// Ends every sign-in of the user: refresh tokens are rows of their own, so this touches no user row. The caller saves.
    /// Tracked rather than one bulk update, so an operator's action audits each revoked sign-in (docs/decisions/0017); a
    /// user has a handful of live tokens.
    /// </summary>
    public static async Task RevokeSignInsAsync(IdentityDbContext db, long userId, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var token in await db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null).ToListAsync(cancellationToken))
        {
            token.RevokedAt = now;
        }
    }
}
