namespace Inkwell.Identity.Contracts;

/// <summary>The largest public profile fields Identity accepts; copies of profiles in other modules hold the same.</summary>
public static class ProfileLimits
{
    public const int UsernameMaxLength = 40;
    public const int BioMaxLength = 1000;
    public const int ImageMaxLength = 2000;
}
