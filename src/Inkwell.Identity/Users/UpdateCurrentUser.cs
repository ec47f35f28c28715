using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Identity.Tokens;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

internal static class UpdateCurrentUser
{
    internal sealed record Request(AccountChanges? User);

    public static async Task<Results<Ok<UserResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        Request request, ClaimsPrincipal principal, IAccounts accounts, AccessTokenIssuer tokens, CancellationToken cancellationToken)
    {
        if (request.User is null)
        {
            return ApiErrors.MissingEnvelope("user");
        }

        var result = await accounts.UpdateAsync(principal.GetUserId(), request.User, cancellationToken);
        return result.Value is { } account ? TypedResults.Ok(UserResponse.From(account, tokens)) : ApiErrors.From(result);
    }

    public static async Task<Result<Account>> ExecuteAsync(
        long userId,
        AccountChanges changes,
        IdentityDbContext db,
        IPasswordHasher<User> hasher,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = Validate(changes);
        if (errors.Any)
        {
            return Result<Account>.Invalid(errors);
        }

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Result<Account>.Unauthorized("token", "belongs to no user");
        }

        if (user.LockedAt is not null)
        {
            return AccountLocks.Refused<Account>();
        }

        Apply(changes, user, hasher);
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;

        if (await UniqueUserFields.FindTakenAsync(db, user, cancellationToken) is { Any: true } taken)
        {
            db.ChangeTracker.Clear();
            return Result<Account>.Invalid(taken);
        }

        if (await UniqueUserFields.SaveAsync(db, user, cancellationToken) is { Any: true } raced)
        {
            return Result<Account>.Invalid(raced);
        }

        return Result<Account>.Ok(user.ToAccount());
    }

    private static ValidationErrors Validate(AccountChanges changes)
    {
        var errors = new ValidationErrors();
        if (changes.Username is not null)
        {
            UserRules.CheckUsername(errors, changes.Username);
        }

        if (changes.Email is not null)
        {
            UserRules.CheckEmail(errors, changes.Email);
        }

        if (changes.Password is not null)
        {
            UserRules.CheckPassword(errors, changes.Password);
        }

        errors.MaxLength("bio", changes.Bio, UserRules.BioMaxLength);
        UserRules.CheckImage(errors, changes.Image);
        return errors;
    }

    private static void Apply(AccountChanges changes, User user, IPasswordHasher<User> hasher)
    {
        if (changes.Username is not null)
        {
            user.SetUsername(changes.Username.Trim());
        }

        if (changes.Email is not null)
        {
            user.SetEmail(changes.Email.Trim());
        }

        if (changes.Password is not null)
        {
            user.PasswordHash = hasher.HashPassword(user, changes.Password);
        }

        if (changes.Bio is not null)
        {
            user.Bio = UserRules.EmptyToNull(changes.Bio);
        }

        if (changes.Image is not null)
        {
            user.Image = UserRules.EmptyToNull(changes.Image);
        }
    }
}
