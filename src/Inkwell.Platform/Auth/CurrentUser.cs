using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Platform.Auth;

public static class CurrentUser
{
    /// <summary>The signed-in user's id, or null for an anonymous request.</summary>
    public static long? FindUserId(this ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Sub), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>The signed-in user's id on an endpoint that requires authorization.</summary>
    public static long GetUserId(this ClaimsPrincipal principal) =>
        principal.FindUserId() ?? throw new InvalidOperationException("The endpoint must require authorization to read the user id.");
}
