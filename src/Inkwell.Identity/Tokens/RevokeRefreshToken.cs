using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Tokens;

/// <summary>
/// <c>POST /api/users/logout</c>: ends the sign-in a refresh token belongs to, every token of its family.
/// As in RFC 7009, an unknown or already revoked token answers the same: there is nothing left to end.
/// </summary>
internal static class RevokeRefreshToken
{
    internal sealed record Request(ExchangeRefreshToken.TokenBody? User);

    public static async Task<Results<NoContent, JsonHttpResult<ErrorResponse>>> HandleAsync(
        Request request, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.User is null)
        {
            return ApiErrors.MissingEnvelope("user");
        }

        var result = await ExecuteAsync(request.User.RefreshToken, db, clock, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : ApiErrors.From(result);
    }

    public static async Task<Result<bool>> ExecuteAsync(string? token, IdentityDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return Result<bool>.Invalid("refreshToken", "can't be blank");
        }

        if (await ExchangeRefreshToken.FindAsync(db, token, cancellationToken) is not { } stored)
        {
            return Result<bool>.Ok(false);
        }

        await RevokeFamilyAsync(db, stored.FamilyId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return Result<bool>.Ok(true);
    }

    public static Task<int> RevokeFamilyAsync(IdentityDbContext db, Guid familyId, DateTime now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(r => r.RevokedAt, now), cancellationToken);
}
