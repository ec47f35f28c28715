using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Platform.Auth;

/// <summary>Issues the signed access tokens every module accepts.</summary>
public sealed class AccessTokenIssuer(AuthOptions options, SymmetricSecurityKey key, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public string Issue(long userId, string username)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity([
                new Claim(JwtRegisteredClaimNames.Sub, userId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(JwtRegisteredClaimNames.UniqueName, username),
            ]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(options.TokenLifetime),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }
}
