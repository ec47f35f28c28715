using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Users;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Tokens;

/// <summary>
/// <c>POST /api/users/token</c>: a refresh token buys a new access token and a new refresh token; the old
/// one is spent. A spent token that comes back means two parties hold it, so its whole family is revoked.
/// </summary>
internal static class ExchangeRefreshToken
{
    internal sealed record Request(TokenBody? User);

    internal sealed record TokenBody(string? RefreshToken);

    internal sealed record Session(Account Account, string RefreshToken);

    public static async Task<Results<Ok<UserResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        Request request, IdentityDbContext db, RefreshTokens refreshTokens, AccessTokenIssuer tokens, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.User is null)
        {
            return ApiErrors.MissingEnvelope("user");
        }

        var result = await ExecuteAsync(request.User.RefreshToken, db, refreshTokens, clock, cancellationToken);
        return result.Value is { } session
            ? TypedResults.Ok(UserResponse.From(session.Account, tokens, session.RefreshToken))
            : ApiErrors.From(result);
    }

    public static async Task<Result<Session>> ExecuteAsync(
        string? token, IdentityDbContext db, RefreshTokens refreshTokens, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return Result<Session>.Invalid("refreshToken", "can't be blank");
        }

        var stored = await FindAsync(db, token, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (stored is null || stored.RevokedAt is not null)
        {
            return Rejected;
        }

        if (stored.UsedAt is not null)
        {
            await RevokeRefreshToken.RevokeFamilyAsync(db, stored.FamilyId, now, cancellationToken);
            return Rejected;
        }

        if (stored.ExpiresAt <= now)
        {
            return Rejected;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Spent only if still unspent: of two exchanges racing with one token, one wins and the other is a replay.
        var spent = await db.RefreshTokens
            .Where(t => t.Id == stored.Id && t.UsedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(r => r.UsedAt, now), cancellationToken);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == stored.UserId, cancellationToken);
        if (spent == 0 || user is null || user.LockedAt is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            await RevokeRefreshToken.RevokeFamilyAsync(db, stored.FamilyId, now, cancellationToken);
            return Rejected;
        }

        var next = await refreshTokens.IssueAsync(user.Id, stored.FamilyId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<Session>.Ok(new Session(user.ToAccount(), next));
    }

    public static Task<RefreshToken?> FindAsync(IdentityDbContext db, string token, CancellationToken cancellationToken) =>
        RefreshTokens.HashOf(token) is { } hash
            ? db.RefreshTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            : Task.FromResult<RefreshToken?>(null);

    private static readonly Result<Session> Rejected = Result<Session>.Unauthorized("refreshToken", "is invalid, expired or revoked");
}
