using System.Globalization;
using System.Security.Claims;
using Inkwell.Platform.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Identity.Mail;

/// <summary>
/// The tokens in unsubscribe links: JWTs signed with the same rotating keys as access tokens, but for an audience of
/// their own, so one can never pass for an access token (nor an access token for one). They last a year: a mail may be
/// read long after it is sent, and all one can do is switch mail off.
/// </summary>
internal sealed class UnsubscribeTokens(AuthOptions options, SigningKeySet keys, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    private readonly JsonWebTokenHandler _handler = new();

    private string Audience => $"{options.Audience}:unsubscribe";

    public string Issue(long userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, userId.ToString(CultureInfo.InvariantCulture))]),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            SigningCredentials = keys.SigningCredentials,
        });
    }

    /// <summary>The user id the token names, or null when it is not a valid unsubscribe token of ours.</summary>
    public async Task<long?> ReadAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token.Trim(), new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = Audience,
            ValidAlgorithms = [SigningKeySet.Algorithm],
            IssuerSigningKeyResolver = (_, _, keyId, _) => keys.Find(keyId),
            LifetimeValidator = (notBefore, expires, _, _) => expires > clock.GetUtcNow().UtcDateTime,
        });
        return result.IsValid
            && result.ClaimsIdentity.FindFirst(JwtRegisteredClaimNames.Sub)?.Value is { } sub
            && long.TryParse(sub, NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            ? userId
            : null;
    }
}
