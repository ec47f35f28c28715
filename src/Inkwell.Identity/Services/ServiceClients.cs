using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Inkwell.Platform;
using Microsoft.Extensions.Configuration;

namespace Inkwell.Identity.Services;

/// <summary>
/// The services Identity issues service tokens to (<c>Auth:ServiceClients:&lt;id&gt;:Secret</c>, docs/decisions/0018):
/// the worker, acting for no user. Secrets come from configuration only (scripts/cluster generates one per cluster);
/// they are kept as hashes and compared in constant time.
/// </summary>
internal sealed partial class ServiceClients
{
    public const string Section = "Auth:ServiceClients";
    public const string LifetimeKey = "Auth:ServiceTokenLifetime";
    public const int MinimumSecretLength = 32;

    private readonly Dictionary<string, byte[]> _secretHashes;

    private ServiceClients(Dictionary<string, byte[]> secretHashes, TimeSpan tokenLifetime) =>
        (_secretHashes, TokenLifetime) = (secretHashes, tokenLifetime);

    /// <summary>How long a service token is valid: short, since nothing can revoke one.</summary>
    public TimeSpan TokenLifetime { get; }

    public static ServiceClients From(IConfiguration configuration)
    {
        var hashes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var client in configuration.GetSection(Section).GetChildren())
        {
            // A client id goes into the token's subject, where a number would read as a user's id.
            if (!ClientIdPattern().IsMatch(client.Key))
            {
                throw new ConfigurationException(
                    $"{Section}:{client.Key}: a service client's id starts with a lowercase letter and has only lowercase letters, digits and '-'.");
            }

            var secret = client["Secret"];
            if (secret is null || secret.Length < MinimumSecretLength)
            {
                throw new ConfigurationException(
                    $"{Section}:{client.Key}:Secret must be at least {MinimumSecretLength} characters (for example `openssl rand -hex 32`).");
            }

            hashes[client.Key] = Hash(secret);
        }

        var lifetime = TimeSpan.FromMinutes(10);
        if (configuration[LifetimeKey] is { Length: > 0 } configured
            && (!TimeSpan.TryParse(configured, CultureInfo.InvariantCulture, out lifetime) || lifetime <= TimeSpan.Zero))
        {
            throw new ConfigurationException($"{LifetimeKey} must be a positive time span such as 00:10:00 (it was '{configured}').");
        }

        return new ServiceClients(hashes, lifetime);
    }

    /// <summary>True when <paramref name="clientId"/> is configured and <paramref name="secret"/> is its secret.</summary>
    public bool Accepts(string clientId, string secret) =>
        _secretHashes.TryGetValue(clientId, out var expected) && CryptographicOperations.FixedTimeEquals(expected, Hash(secret));

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    [GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial Regex ClientIdPattern();
}
