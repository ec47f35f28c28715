namespace Inkwell.Platform.Auth;

/// <summary>What a user may do beyond their own content. Identity stores one per user and writes it into the access token.</summary>
public static class Roles
{
    /// <summary>The claim type, the same in access tokens and the site's cookie.</summary>
    public const string ClaimType = "role";

    public const string User = "user";
    public const string Moderator = "moderator";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [User, Moderator, Admin];

    /// <summary>
    /// A service acting for no user (the worker): only in tokens Identity issues to a configured service client
    /// (docs/decisions/0018), never a user's role, so not one of <see cref="All"/>.
    /// </summary>
    public const string Service = "service";
}

/// <summary>Authorization policies any module can require, e.g. <c>.RequireAuthorization(Policies.Moderator)</c>.</summary>
public static class Policies
{
    /// <summary>Moderators, and admins, who may do everything a moderator may.</summary>
    public const string Moderator = "moderator";

    public const string Admin = "admin";

    /// <summary>Service clients (the worker), for the endpoints that act for no user; people's tokens are refused (403).</summary>
    public const string Service = "service";
}
