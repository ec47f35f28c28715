using Inkwell.Identity.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Tokens;

/// <summary>
/// Deletes refresh tokens no exchange can accept: expired or revoked. A spent token within its lifetime stays, since a
/// replay of it is what revokes a stolen sign-in. One bulk statement: tokens raise no events, so nothing bypasses the outbox.
/// </summary>
internal static class PurgeRefreshTokens
{
    public static Task<int> ExecuteAsync(IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.RefreshTokens.Where(t => t.ExpiresAt <= now || t.RevokedAt != null).ExecuteDeleteAsync(cancellationToken);
    }
}
