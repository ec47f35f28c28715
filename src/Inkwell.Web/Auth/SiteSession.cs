using System.Globalization;
using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Remote;
using Inkwell.Web.Remote;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Web.Auth;

/// <summary>Signs a person in and out of the website with the same claims an API token carries.</summary>
public static class SiteSession
{
    /// <summary>
    /// Over HTTP (<c>--target web</c>) the cookie also keeps the tokens Identity issued for this sign-in, which the site
    /// sends on the person's behalf (<see cref="SiteTokens"/>).
    /// </summary>
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
        var properties = new AuthenticationProperties();
        if (context.RequestServices.GetService<SiteTokens>()?.Issued is { } tokens)
        {
            SiteTokens.Store(properties, tokens);
        }

        return context.SignInAsync(AuthSchemes.SiteCookie, new ClaimsPrincipal(identity), properties);
    }

    /// <summary>Over HTTP, signing out also revokes the sign-in's refresh token at Identity.</summary>
    public static async Task SignOutAsync(HttpContext context)
    {
        if (context.RequestServices.GetService<SiteTokens>() is { } tokens && await tokens.RefreshTokenAsync() is { } refreshToken)
        {
            try
            {
                await context.RequestServices.GetRequiredService<TokenRefresher>().RevokeAsync(refreshToken, context.RequestAborted);
            }
            catch (ModuleUnavailableException)
            {
                // Identity is not answering: the person still leaves this browser signed out; the refresh token the
                // cookie held goes with the cookie and expires unused.
            }
        }

        await context.SignOutAsync(AuthSchemes.SiteCookie);
    }

    /// <summary>The signed-in person's username as the cookie knows it (refreshed when they change it).</summary>
    public static string? Username(this ClaimsPrincipal principal) => principal.FindFirstValue(JwtRegisteredClaimNames.UniqueName);
}
