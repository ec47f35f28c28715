using System.Text.Json.Serialization;
using Inkwell.Identity.Contracts;
using Inkwell.Identity.Tokens;

namespace Inkwell.Identity.Users;

internal sealed record UserResponse(UserResponse.UserBody User)
{
    /// <summary>
    /// The RealWorld user, plus <c>refreshToken</c> where a sign-in starts or continues (sign-up, login,
    /// token exchange). Left out elsewhere rather than null: clients need never mistake it for a sign-out.
    /// </summary>
    internal sealed record UserBody(
        string Email,
        string Token,
        string Username,
        string? Bio,
        string? Image,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken = null);

    /// <summary>Every answer about the current user carries a fresh access token.</summary>
    public static UserResponse From(Account account, AccessTokenIssuer tokens, string? refreshToken = null) =>
        new(new UserBody(account.Email, tokens.Issue(account), account.Username, account.Bio, account.Image, refreshToken));
}
