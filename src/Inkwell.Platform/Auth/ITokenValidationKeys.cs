using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Platform.Auth;

/// <summary>
/// The public keys access tokens are checked with, and nothing else: the local key set where this process
/// signs tokens (the identity module), otherwise the set Identity publishes at <c>/.well-known/jwks.json</c>.
/// </summary>
public interface ITokenValidationKeys
{
    /// <summary>
    /// Called before a token is validated, so a source that fetches its keys can do so asynchronously,
    /// for example when the token names a key it has not seen yet.
    /// </summary>
    ValueTask PrepareAsync(string token, CancellationToken cancellationToken);

    /// <summary>The keys with this id; none for an unknown or absent id, so such a token fails validation.</summary>
    IEnumerable<SecurityKey> Find(string? keyId);
}
