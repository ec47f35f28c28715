using Inkwell.Identity.Data;

namespace Inkwell.Identity.Profiles;

internal sealed record ProfileResponse(ProfileResponse.ProfileBody Profile)
{
    internal sealed record ProfileBody(string Username, string? Bio, string? Image, bool Following);

    public static ProfileResponse From(User user, bool following) => new(new ProfileBody(user.Username, user.Bio, user.Image, following));
}
