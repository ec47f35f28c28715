using Inkwell.Identity.Contracts;

namespace Inkwell.Identity.Profiles;

internal sealed record ProfileResponse(ProfileResponse.ProfileBody Profile)
{
    internal sealed record ProfileBody(string Username, string? Bio, string? Image, bool Following);

    public static ProfileResponse From(UserProfile profile) => new(new ProfileBody(profile.Username, profile.Bio, profile.Image, profile.Following));
}
