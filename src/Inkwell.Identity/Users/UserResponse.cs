using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;

namespace Inkwell.Identity.Users;

internal sealed record UserResponse(UserResponse.UserBody User)
{
    internal sealed record UserBody(string Email, string Token, string Username, string? Bio, string? Image);

    /// <summary>Every answer about the current user carries a fresh token.</summary>
    public static UserResponse From(Account account, AccessTokenIssuer tokens) =>
        new(new UserBody(account.Email, tokens.Issue(account.UserId, account.Username), account.Username, account.Bio, account.Image));
}
