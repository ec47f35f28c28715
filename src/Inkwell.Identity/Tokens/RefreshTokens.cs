using System.Buffers.Text;
using System.Security.Cryptography;
using Inkwell.Identity.Data;
using Inkwell.Platform.Auth;
using Microsoft.Extensions.Configuration;

namespace Inkwell.Identity.Tokens;

internal sealed class RefreshTokenOptions
{
    /// <summary>How long a refresh token can wait to be exchanged; each exchange starts the time again.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    public static RefreshTokenOptions From(IConfiguration configuration) =>
        configuration.GetSection(AuthOptions.Section).Get<RefreshTokenOptions>() ?? new RefreshTokenOptions();
}

/// <summary>Creates refresh tokens: 256 random bits for the client, their SHA-256 hash for the table.</summary>
internal sealed class RefreshTokens(IdentityDbContext db, RefreshTokenOptions options, TimeProvider clock)
{
    private const int TokenBytes = 32;

    /// <summary>A token that starts a new family: one per sign-up or sign-in.</summary>
    public Task<string> IssueAsync(long userId, CancellationToken cancellationToken) =>
        IssueAsync(userId, Guid.NewGuid(), cancellationToken);

    /// <summary>Saves a new token in <paramref name="familyId"/> and returns it as the client gets it.</summary>
    public async Task<string> IssueAsync(long userId, Guid familyId, CancellationToken cancellationToken)
    {
        var token = RandomNumberGenerator.GetBytes(TokenBytes);
        var now = clock.GetUtcNow().UtcDateTime;
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = userId,
            FamilyId = familyId,
            TokenHash = SHA256.HashData(token),
            CreatedAt = now,
            ExpiresAt = now + options.RefreshTokenLifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The stored form of a token a client sent, or null when it cannot be one of ours.</summary>
    public static byte[]? HashOf(string token)
    {
        var trimmed = token.Trim();
        if (!Base64Url.IsValid(trimmed, out var length) || length != TokenBytes)
        {
            return null;
        }

        return SHA256.HashData(Base64Url.DecodeFromChars(trimmed));
    }
}
