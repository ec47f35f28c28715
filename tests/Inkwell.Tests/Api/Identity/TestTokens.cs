using System.Security.Cryptography;
using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Tests.Api.Identity;

/// <summary>Hand-made access tokens, to probe how the API treats tokens it did not issue as they are.</summary>
internal static class TestTokens
{
    public static string SubjectOf(string token) => new JsonWebToken(token).Subject;

    public static string KeyIdOf(string token) => new JsonWebToken(token).Kid;

    /// <summary>
    /// A token like the API's own, for <paramref name="subject"/>, expiring <paramref name="expiresIn"/> from now
    /// (negative: already expired), signed with the server's active key unless <paramref name="credentials"/> says otherwise.
    /// </summary>
    public static string Craft(
        InkwellFactory factory,
        string subject,
        TimeSpan expiresIn,
        SigningCredentials? credentials = null,
        string? issuer = null,
        bool signed = true,
        string role = Roles.User)
    {
        var options = factory.Services.GetRequiredService<AuthOptions>();
        var now = DateTime.UtcNow;
        var expires = now + expiresIn;
        var issuedAt = (expires < now ? expires : now).AddHours(-1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? options.Issuer,
            Audience = options.Audience,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = subject,
                [JwtRegisteredClaimNames.UniqueName] = "crafted",
                [Roles.ClaimType] = role,
            },
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            SigningCredentials = signed ? credentials ?? factory.Services.GetRequiredService<SigningKeySet>().SigningCredentials : null,
        });
    }

    /// <summary>An RSA key nobody else has, under a key id of the forger's choosing (such as the server's own).</summary>
    public static SigningCredentials ForeignKey(string keyId) =>
        new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
}
