namespace Inkwell.Identity.Contracts;

/// <summary>
/// Housekeeping of sign-ins, run on a schedule by the worker. Over HTTP, <c>POST /api/users/refresh-tokens/purge</c>, for a
/// service token only (docs/decisions/0018).
/// </summary>
public interface ISessionMaintenance
{
    /// <summary>
    /// Deletes refresh tokens that can never be accepted again: expired ones, and revoked ones. Spent tokens that are
    /// still within their lifetime stay, because a replay of one is how a stolen token is noticed. Returns how many went.
    /// </summary>
    Task<int> PurgeRefreshTokensAsync(CancellationToken cancellationToken);
}
