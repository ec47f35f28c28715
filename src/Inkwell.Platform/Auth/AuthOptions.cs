namespace Inkwell.Platform.Auth;

public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Base64 HMAC-SHA256 key of at least 32 bytes. Empty: a key is generated once and kept in the data folder.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "inkwell";

    public string Audience { get; set; } = "inkwell";

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(3);
}
