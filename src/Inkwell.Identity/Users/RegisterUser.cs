using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Tokens;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Inkwell.Identity.Users;

internal static class RegisterUser
{
    internal sealed record Request(NewAccount? User);

    public static async Task<Results<Created<UserResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        Request request, IAccounts accounts, AccessTokenIssuer tokens, RefreshTokens refreshTokens, CancellationToken cancellationToken)
    {
        if (request.User is null)
        {
            return ApiErrors.MissingEnvelope("user");
        }

        var result = await accounts.RegisterAsync(request.User, cancellationToken);
        return result.Value is { } account
            ? TypedResults.Created(
                $"/api/profiles/{Uri.EscapeDataString(account.Username)}",
                UserResponse.From(account, tokens, await refreshTokens.IssueAsync(account.UserId, cancellationToken)))
            : ApiErrors.From(result);
    }

    public static async Task<Result<Account>> ExecuteAsync(
        NewAccount input, IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        UserRules.CheckUsername(errors, input.Username);
        UserRules.CheckEmail(errors, input.Email);
        UserRules.CheckPassword(errors, input.Password);
        if (errors.Any)
        {
            return Result<Account>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Username = input.Username!.Trim(),
            NormalizedUsername = User.Normalize(input.Username),
            Email = input.Email!.Trim(),
            NormalizedEmail = User.Normalize(input.Email),
            PasswordHash = "",
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.PasswordHash = hasher.HashPassword(user, input.Password!);

        if (await UniqueUserFields.FindTakenAsync(db, user, cancellationToken) is { Any: true } taken)
        {
            return Result<Account>.Invalid(taken);
        }

        db.Users.Add(user);
        if (await UniqueUserFields.SaveAsync(db, user, cancellationToken) is { Any: true } raced)
        {
            return Result<Account>.Invalid(raced);
        }

        IdentityMetrics.SignUps.Add(1);
        return Result<Account>.Ok(user.ToAccount());
    }
}
