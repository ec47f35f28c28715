using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Identity.Tokens;

/// <summary>
/// <c>GET /.well-known/jwks.json</c>: the public half of every key that validates tokens (RFC 7517), for
/// processes that validate without signing. Built field by field, so no private parameter can slip in.
/// </summary>
internal static class PublishSigningKeys
{
    /// <summary>Short enough that a cache in front of Identity never hides a rotation for long.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    internal sealed record KeySet(IReadOnlyList<Key> Keys);

    internal sealed record Key(string Kty, string Use, string Alg, string Kid, string N, string E);

    public static Ok<KeySet> Handle(SigningKeySet keys, HttpResponse response)
    {
        response.Headers.CacheControl = $"public, max-age={(int)MaxAge.TotalSeconds}";
        return TypedResults.Ok(new KeySet([.. keys.PublicKeys.Select(ToKey)]));
    }

    private static Key ToKey(RsaSecurityKey key) => new(
        Kty: "RSA",
        Use: "sig",
        Alg: SigningKeySet.Algorithm,
        Kid: key.KeyId,
        N: Base64UrlEncoder.Encode(key.Parameters.Modulus),
        E: Base64UrlEncoder.Encode(key.Parameters.Exponent));
}
