namespace Inkwell.Platform.Auth;

public static class AuthSchemes
{
    /// <summary>Picks the token scheme under /api and the site's cookie elsewhere.</summary>
    public const string Default = "Inkwell";

    public const string SiteCookie = "Inkwell.Site";
}

/// <summary>Registered by the website module when it adds its cookie scheme, so other hosts keep to tokens.</summary>
public sealed class SiteCookieAuthentication;
