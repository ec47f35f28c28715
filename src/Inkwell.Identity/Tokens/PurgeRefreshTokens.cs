using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Tokens;

/// <summary>
/// Deletes refresh tokens no exchange can accept: expired or revoked. A spent token within its lifetime stays, since a
/// replay of it is what revokes a stolen sign-in. One bulk statement: tokens raise no events, so nothing bypasses the outbox.
/// Over HTTP, <c>POST /api/users/refresh-tokens/purge</c>, for the worker's nightly job (a service token only, docs/decisions/0018).
/// </summary>
internal static class PurgeRefreshTokens
{
    internal sealed record Response(PurgeBody RefreshTokens);

    internal sealed record PurgeBody(int Purged);

    public static async Task<Ok<Response>> HandleAsync(ISessionMaintenance sessions, CancellationToken cancellationToken) =>
        TypedResults.Ok(new Response(new PurgeBody(await sessions.PurgeRefreshTokensAsync(cancellationToken))));

    public static Task<int> ExecuteAsync(IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.RefreshTokens.Where(t => t.ExpiresAt <= now || t.RevokedAt != null).ExecuteDeleteAsync(cancellationToken);
    }
}
