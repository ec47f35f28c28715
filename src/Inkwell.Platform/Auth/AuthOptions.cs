namespace Inkwell.Platform.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "inkwell";

    public string Audience { get; set; } = "inkwell";

    /// <summary>How long an access token stays valid. Long by default: RealWorld clients never refresh.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Where a process that does not sign tokens itself reads the keys that validate them.</summary>
    public string? JwksUrl { get; set; }

    public SigningKeyOptions SigningKeys { get; set; } = new();
}

public sealed class SigningKeyOptions
{
    /// <summary>A folder of PEM files (RSA private keys), or one PEM file. Empty: the data folder's <c>keys</c>, in Development only.</summary>
    public string? Path { get; set; }

    /// <summary>The key id (file name without <c>.pem</c>) that signs. Empty: the file whose name sorts last.</summary>
    public string? Active { get; set; }
}
