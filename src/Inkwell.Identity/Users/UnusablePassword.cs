namespace Inkwell.Identity.Users;

/// <summary>
/// The password hash of an account nobody can sign in to until an operator resets its password: imported accounts.
/// <c>PasswordHasher</c> fails every password against a hash whose format byte it does not know (0xFF here), so no
/// password matches it; and unlike hashing a random password, it costs nothing per row on a million-row import.
/// </summary>
internal static class UnusablePassword
{
    public const string Hash = "/w==";
}
