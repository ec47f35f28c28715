using System.Globalization;
using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Identity.Tokens;

/// <summary>Issues the access tokens every module accepts, signed with the active key of the key set.</summary>
internal sealed class AccessTokenIssuer(AuthOptions options, SigningKeySet keys, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public string Issue(Account account)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, account.UserId.ToString(CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.UniqueName, account.Username),
                new Claim(Roles.ClaimType, account.Role),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(options.TokenLifetime),

            // The key's id goes into the header, so validators pick the right key while several are valid.
            SigningCredentials = keys.SigningCredentials,
        });
    }

    /// <summary>
    /// A token for a service client acting for no user (docs/decisions/0018): its subject is the client id, which is
    /// never a number, so no endpoint takes it for a user; the role and <c>client_id</c> claims open the service endpoints.
    /// </summary>
    public string IssueForService(string clientId, TimeSpan lifetime)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, clientId),
                new Claim(ServiceClaims.ClientId, clientId),
                new Claim(Roles.ClaimType, Roles.Service),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = keys.SigningCredentials,
        });
    }
}
