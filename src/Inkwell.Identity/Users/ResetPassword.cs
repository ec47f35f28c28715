using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Inkwell.Identity.Users;

/// <summary>
/// Sets a user's password for them (an operator's action: a forgotten password, an imported account). Whoever
/// held the old one is signed out: every refresh token of the user is revoked in the same transaction.
/// </summary>
internal static class ResetPassword
{
    public sealed record PasswordRequest(PasswordBody? User);

    public sealed record PasswordBody(string? Password);

    /// <summary><c>PUT /api/admin/identity/users/{username}/password</c> with <c>{"user":{"password":"…"}}</c>, for admins.</summary>
    public static async Task<Results<Ok<AccountResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string username, PasswordRequest request, IUserAdministration accounts, CancellationToken cancellationToken) =>
        request.User is null
            ? ApiErrors.MissingEnvelope("user")
            : AccountResponse.From(await accounts.ResetPasswordAsync(username, request.User.Password, cancellationToken));

    public static async Task<Result<AccountListing>> ExecuteAsync(
        string username, string? password, IdentityDbContext db, IPasswordHasher<User> hasher, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        UserRules.CheckPassword(errors, password);
        if (errors.Any)
        {
            return Result<AccountListing>.Invalid(errors);
        }

        var user = await Accounts.FindTrackedAsync(db, username, cancellationToken);
        if (user is null)
        {
            return Result<AccountListing>.NotFound("user");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        user.PasswordHash = hasher.HashPassword(user, password!);
        user.UpdatedAt = now;
        await AccountLocks.RevokeSignInsAsync(db, user.Id, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result<AccountListing>.Ok(user.ToListing());
    }
}
