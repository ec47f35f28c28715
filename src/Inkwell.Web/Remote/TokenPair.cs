using System.Globalization;
using Inkwell.Platform.Auth;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Web.Remote;

/// <summary>An access token and the refresh token that renews it, as Identity issued them at sign-in.</summary>
internal sealed record TokenPair(string AccessToken, string RefreshToken)
{
    /// <summary>Renewed this long before it expires, so a token never runs out between the site and the module.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    public long UserId => long.Parse(Read().Subject, NumberStyles.None, CultureInfo.InvariantCulture);

    public string Role => Read().TryGetPayloadValue<string>(Roles.ClaimType, out var role) ? role : Roles.User;

    public bool ExpiresSoon(DateTimeOffset now) => Read().ValidTo <= now.UtcDateTime + Margin;

    // The token came straight from Identity in the answer to our own request: it is read, not validated, here; every
    // module that receives it validates it.
    private JsonWebToken Read() => new(AccessToken);
}
