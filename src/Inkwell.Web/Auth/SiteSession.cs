using System.Globalization;
using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Web.Auth;

/// <summary>Signs a person in and out of the website with the same claims an API token carries.</summary>
public static class SiteSession
{
    public static Task SignInAsync(HttpContext context, Account account)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, account.UserId.ToString(CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.UniqueName, account.Username),
                new Claim(Roles.ClaimType, account.Role),
            ],
            AuthSchemes.SiteCookie,
            JwtRegisteredClaimNames.UniqueName,
            Roles.ClaimType);
        return context.SignInAsync(AuthSchemes.SiteCookie, new ClaimsPrincipal(identity));
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(AuthSchemes.SiteCookie);

    /// <summary>The signed-in person's username as the cookie knows it (refreshed when they change it).</summary>
    public static string? Username(this ClaimsPrincipal principal) => principal.FindFirstValue(JwtRegisteredClaimNames.UniqueName);
}
