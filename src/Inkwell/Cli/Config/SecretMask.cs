using System.Text.RegularExpressions;

namespace Inkwell.Cli.Config;

/// <summary>
/// Hides what looks secret in configuration before it is shown: the whole value of a key named like a secret
/// (<c>Password</c>, <c>ClientSecret</c>, <c>ApiKey</c>, <c>SigningKey</c>, <c>AccessToken</c>), and inside any value the
/// password of a connection string (<c>Password=…</c>, <c>password=…</c> in Redis's) or of a URL (<c>amqp://user:…@host</c>).
/// Names are judged by their last word, so <c>TokenLifetime</c> and <c>SigningKeys:Path</c> stay readable.
/// </summary>
internal static partial class SecretMask
{
    public const string Mask = "****";

    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pwd", "secret", "key", "token", "credential", "credentials", "passphrase", "apikey",
    };

    public static string? Apply(string key, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        if (IsSecretName(key[(key.LastIndexOf(':') + 1)..]))
        {
            return Mask;
        }

        var masked = SecretPairs().Replace(value, match => $"{match.Groups["name"].Value}{Mask}");
        return UrlPassword().Replace(masked, match => $"{match.Groups["user"].Value}{Mask}@");
    }

    private static bool IsSecretName(string name)
    {
        if (name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Contains("secret", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = Words().Matches(name);
        return words.Count > 0 && SecretWords.Contains(words[^1].Value);
    }

    // Words of a name: "SigningKey" → Signing, Key; "client_secret" → client, secret; "APIKey" → API, Key.
    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<name>(?:^|[;,?&\s])\s*(?:password|passwd|pwd|secret|token|apikey|api_key|access_token)\s*=\s*)[^;,&\s]*", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPairs();

    [GeneratedRegex(@"(?<user>[a-z][a-z0-9+.\-]*://[^:/@\s]*:)[^@/\s]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();
}
