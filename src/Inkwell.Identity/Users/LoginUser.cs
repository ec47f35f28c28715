using Inkwell.Identity.Data;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Identity.Users;

internal static class LoginUser
{
    internal sealed record Request(Credentials? User);

    internal sealed record Credentials(string? Email, string? Password);

    public static async Task<Results<Ok<UserResponse>, UnprocessableEntity<ErrorResponse>, JsonHttpResult<ErrorResponse>>> Handle(
        Request request,
        IdentityDbContext db,
        IPasswordHasher<User> hasher,
        AccessTokenIssuer tokens,
        CancellationToken cancellationToken)
    {
        if (request.User is not { } input)
        {
            return ApiErrors.Validation("user", "is required");
        }

        var errors = new ValidationErrors()
            .Required("email", input.Email, UserRules.EmailMaxLength)
            .Required("password", input.Password, UserRules.PasswordMaxLength);
        if (errors.Any)
        {
            return ApiErrors.Validation(errors);
        }

        var email = User.Normalize(input.Email!);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email, cancellationToken);
        if (user is null)
        {
            // Hash anyway so an unknown email takes as long as a wrong password.
            hasher.HashPassword(UnknownUser, input.Password!);
            return InvalidCredentials();
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, input.Password!) == PasswordVerificationResult.Failed)
        {
            return InvalidCredentials();
        }

        return TypedResults.Ok(UserResponse.From(user, tokens.Issue(user.Id, user.Username)));
    }

    private static readonly User UnknownUser = new()
    {
        Username = "", NormalizedUsername = "", Email = "", NormalizedEmail = "", PasswordHash = "",
    };

    private static JsonHttpResult<ErrorResponse> InvalidCredentials() => ApiErrors.Unauthorized("email or password", "is invalid");
}
