using System.Security.Claims;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

internal static class UpdateCurrentUser
{
    internal sealed record Request(Changes? User);

    /// <summary>Every field is optional; an absent field is left as it is, an empty bio or image clears it.</summary>
    internal sealed record Changes(string? Email, string? Username, string? Password, string? Bio, string? Image);

    public static async Task<Results<Ok<UserResponse>, UnprocessableEntity<ErrorResponse>, JsonHttpResult<ErrorResponse>>> Handle(
        Request request,
        ClaimsPrincipal principal,
        IdentityDbContext db,
        IPasswordHasher<User> hasher,
        AccessTokenIssuer tokens,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.User is not { } changes)
        {
            return ApiErrors.Validation("user", "is required");
        }

        var errors = Validate(changes);
        if (errors.Any)
        {
            return ApiErrors.Validation(errors);
        }

        var userId = principal.GetUserId();
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return ApiErrors.Unauthorized("token", "belongs to no user");
        }

        Apply(changes, user, hasher);
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;

        if (await UniqueUserFields.FindTakenAsync(db, user, cancellationToken) is { Any: true } taken)
        {
            return ApiErrors.Validation(taken);
        }

        if (await UniqueUserFields.SaveAsync(db, user, cancellationToken) is { Any: true } raced)
        {
            return ApiErrors.Validation(raced);
        }

        return TypedResults.Ok(UserResponse.From(user, tokens.Issue(user.Id, user.Username)));
    }

    private static ValidationErrors Validate(Changes changes)
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

    private static void Apply(Changes changes, User user, IPasswordHasher<User> hasher)
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
