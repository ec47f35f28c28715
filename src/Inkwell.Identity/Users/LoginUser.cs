using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Tokens;
using Inkwell.Platform.Api;
using Inkwell.Platform.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

internal static class LoginUser
{
    internal sealed record Request(Credentials? User);

    internal sealed record Credentials(string? Email, string? Password);

    public static async Task<Results<Ok<UserResponse>, JsonHttpResult<ErrorResponse>, TooManyRequests>> HandleAsync(
        Request request, IAccounts accounts, AccessTokenIssuer tokens, RefreshTokens refreshTokens, FailedSignIns failedSignIns,
        CancellationToken cancellationToken)
    {
        if (request.User is not { } credentials)
        {
            return ApiErrors.MissingEnvelope("user");
        }

        if (!failedSignIns.MayTry(credentials.Email, out var retryAfter))
        {
            return new TooManyRequests(retryAfter);
        }

        var result = await accounts.SignInAsync(credentials.Email, credentials.Password, cancellationToken);
        if (result.Value is not { } account)
        {
            if (result.Failure == FailureKind.Unauthorized)
            {
                failedSignIns.Record(credentials.Email);
            }

            return ApiErrors.From(result);
        }

        return TypedResults.Ok(UserResponse.From(account, tokens, await refreshTokens.IssueAsync(account.UserId, cancellationToken)));
    }

    public static async Task<Result<Account>> ExecuteAsync(
        string? email, string? password, IdentityDbContext db, IPasswordHasher<User> hasher, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .Required("email", email, UserRules.EmailMaxLength)
            .Required("password", password, UserRules.PasswordMaxLength);
        if (errors.Any)
        {
            return Result<Account>.Invalid(errors);
        }

        var normalized = User.Normalize(email!);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (user is null)
        {
            // Hash anyway so an unknown email takes as long as a wrong password.
            hasher.HashPassword(UnknownUser, password!);
            return InvalidCredentials;
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password!) == PasswordVerificationResult.Failed)
        {
            return InvalidCredentials;
        }

        // Said only to someone who knows the password: anyone else learns nothing about the account.
        return user.LockedAt is null ? Result<Account>.Ok(user.ToAccount()) : AccountLocks.Refused<Account>();
    }

    private static readonly User UnknownUser = new()
    {
        Username = "", NormalizedUsername = "", Email = "", NormalizedEmail = "", PasswordHash = "",
    };

    private static readonly Result<Account> InvalidCredentials = Result<Account>.Unauthorized("email or password", "is invalid");
}
