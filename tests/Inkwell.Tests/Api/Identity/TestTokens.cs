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

    /// <summary>A token like the API's own, for <paramref name="subject"/>, expiring <paramref name="expiresIn"/> from now (negative: already expired).</summary>
    public static string Craft(
        InkwellFactory factory,
        string subject,
        TimeSpan expiresIn,
        SecurityKey? key = null,
        string? issuer = null,
        bool signed = true)
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
            },
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            SigningCredentials = signed
                ? new SigningCredentials(key ?? factory.Services.GetRequiredService<SymmetricSecurityKey>(), SecurityAlgorithms.HmacSha256)
                : null,
        });
    }

    /// <summary>A key nobody else has: what a forger would sign with.</summary>
    public static SymmetricSecurityKey RandomKey() =>
        new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
}
