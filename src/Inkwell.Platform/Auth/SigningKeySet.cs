using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Platform.Auth;

/// <summary>A private RSA key and the id (<c>kid</c>) tokens it signs carry in their header.</summary>
public sealed record SigningKey(string KeyId, RSA Rsa);

/// <summary>
/// The keys of a process that signs tokens: one active key signs, every key (the active one and those it
/// replaced) validates, so tokens signed before a rotation stay valid until their key is removed.
/// </summary>
public sealed class SigningKeySet : ITokenValidationKeys, IDisposable
{
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    private readonly IReadOnlyList<SigningKey> _keys;

    public SigningKeySet(IReadOnlyList<SigningKey> keys, string activeKeyId)
    {
        _keys = keys;
        var active = keys.Single(k => k.KeyId == activeKeyId);
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(active.Rsa) { KeyId = active.KeyId }, Algorithm);

        // Validation and publishing get keys built from the public parameters alone, so no private part can leak through them.
        PublicKeys = [.. keys.Select(k => new RsaSecurityKey(k.Rsa.ExportParameters(includePrivateParameters: false)) { KeyId = k.KeyId })];
    }

    public string ActiveKeyId => SigningCredentials.Key.KeyId;

    public SigningCredentials SigningCredentials { get; }

    public IReadOnlyList<RsaSecurityKey> PublicKeys { get; }

    public ValueTask PrepareAsync(string token, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public IEnumerable<SecurityKey> Find(string? keyId) => PublicKeys.Where(k => k.KeyId == keyId);

    public void Dispose()
    {
        foreach (var key in _keys)
        {
            key.Rsa.Dispose();
        }
    }
}
