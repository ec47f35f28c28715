using Inkwell.Identity.Data;

namespace Inkwell.Identity.Users;

internal sealed record UserResponse(UserResponse.UserBody User)
{
    internal sealed record UserBody(string Email, string Token, string Username, string? Bio, string? Image);

    public static UserResponse From(User user, string token) => new(new UserBody(user.Email, token, user.Username, user.Bio, user.Image));
}
