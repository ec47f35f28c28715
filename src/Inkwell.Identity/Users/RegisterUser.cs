using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Inkwell.Identity.Users;

internal static class RegisterUser
{
    internal sealed record Request(NewUser? User);

    internal sealed record NewUser(string? Username, string? Email, string? Password);

    public static async Task<Results<Created<UserResponse>, UnprocessableEntity<ErrorResponse>>> Handle(
        Request request,
        IdentityDbContext db,
        IPasswordHasher<User> hasher,
        AccessTokenIssuer tokens,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (request.User is not { } input)
        {
            return ApiErrors.Validation("user", "is required");
        }

        var errors = new ValidationErrors();
        UserRules.CheckUsername(errors, input.Username);
        UserRules.CheckEmail(errors, input.Email);
        UserRules.CheckPassword(errors, input.Password);
        if (errors.Any)
        {
            return ApiErrors.Validation(errors);
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
            return ApiErrors.Validation(taken);
        }

        db.Users.Add(user);
        if (await UniqueUserFields.SaveAsync(db, user, cancellationToken) is { Any: true } raced)
        {
            return ApiErrors.Validation(raced);
        }

        return TypedResults.Created($"/api/profiles/{Uri.EscapeDataString(user.Username)}", UserResponse.From(user, tokens.Issue(user.Id, user.Username)));
    }
}
