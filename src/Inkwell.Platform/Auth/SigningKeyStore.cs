using System.Security.Cryptography;
using Inkwell.Platform.Data;

namespace Inkwell.Platform.Auth;

/// <summary>
/// Finds the token signing key: configuration first; in Development, a random key generated on first run
/// and kept in the data folder, so a fresh install needs no secret and none is ever committed.
/// </summary>
public static class SigningKeyStore
{
    private const int KeyBytes = 32;

    public static byte[] Load(AuthOptions options, DataFolder dataFolder, bool isDevelopment)
    {
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            return FromConfiguration(options.SigningKey);
        }

        if (!isDevelopment)
        {
            throw new ConfigurationException(
                "Auth:SigningKey is not set. Outside Development it must come from configuration, "
                + "for example Auth__SigningKey=$(openssl rand -base64 32).");
        }

        var path = Path.Combine(dataFolder.EnsureExists(), "keys", "token-signing.key");
        if (File.Exists(path))
        {
            return FromConfiguration(File.ReadAllText(path).Trim());
        }

        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    private static byte[] FromConfiguration(string base64)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new ConfigurationException("Auth:SigningKey must be base64 (generate one with: openssl rand -base64 32).");
        }

        return key.Length >= KeyBytes
            ? key
            : throw new ConfigurationException($"Auth:SigningKey must be at least {KeyBytes} bytes; it has {key.Length}.");
    }
}
