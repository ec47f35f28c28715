using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Inkwell.Platform.Data;

namespace Inkwell.Platform.Auth;

/// <summary>
/// Reads the token signing keys from PEM files: the folder (or file) <c>Auth:SigningKeys:Path</c> names, or,
/// in Development, the data folder's <c>keys</c>, where a key is generated on first run. No key is ever
/// committed, and production refuses to start without one. Each file is one RSA private key whose name
/// (without <c>.pem</c>) is its key id.
/// </summary>
public sealed partial class SigningKeyStore(AuthOptions options, DataFolder dataFolder, bool isDevelopment, TimeProvider clock)
{
    public const int MinimumKeyBits = 2048;
    private const string Extension = ".pem";

    /// <summary>The folder or file the keys are read from.</summary>
    public string Location => options.SigningKeys.Path is { Length: > 0 } configured
        ? System.IO.Path.GetFullPath(configured)
        : isDevelopment
            ? System.IO.Path.Combine(dataFolder.Path, "keys")
            : throw new ConfigurationException(
                "Auth:SigningKeys:Path is not set. Outside Development the token signing keys must come from configuration: "
                + "create a key with `inkwell keys rotate --Auth:SigningKeys:Path=/etc/inkwell/keys` (or with "
                + "`openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out /etc/inkwell/keys/key1.pem`) "
                + "and set Auth__SigningKeys__Path=/etc/inkwell/keys.");

    public SigningKeySet Load()
    {
        var location = Location;
        var files = KeyFiles(location);
        if (files.Count == 0 && isDevelopment && options.SigningKeys.Path is not { Length: > 0 })
        {
            TryCreate(location);
            files = KeyFiles(location);
        }

        if (files.Count == 0)
        {
            throw new ConfigurationException(
                $"Auth:SigningKeys:Path '{location}' holds no signing key (*{Extension}). Create one with `inkwell keys rotate`.");
        }

        var keys = files.Select(Read).ToList();
        var active = options.SigningKeys.Active is { Length: > 0 } pinned ? pinned : keys[^1].KeyId;
        if (keys.All(k => k.KeyId != active))
        {
            throw new ConfigurationException(
                $"Auth:SigningKeys:Active is '{active}', but no key has that id. Keys: {string.Join(", ", keys.Select(k => k.KeyId))}.");
        }

        return new SigningKeySet(keys, active);
    }

    /// <summary>
    /// Writes a new key into the key folder and returns its id. Ids are the UTC time of creation, so the
    /// newest key sorts last and becomes the active one at the next start.
    /// </summary>
    public string Create()
    {
        var folder = Location;
        if (File.Exists(folder))
        {
            throw new ConfigurationException($"Auth:SigningKeys:Path '{folder}' is a file; new keys need a folder.");
        }

        var keyId = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var path = System.IO.Path.Combine(folder, keyId + Extension);
        using var rsa = RSA.Create(MinimumKeyBits);
        CreatePrivateFolder(folder);
        try
        {
            using var file = new FileStream(path, OwnerOnly(FileMode.CreateNew));
            using var writer = new StreamWriter(file);
            writer.Write(rsa.ExportPkcs8PrivateKeyPem());
        }
        catch (IOException) when (File.Exists(path))
        {
            throw new ConfigurationException($"A signing key named '{keyId}' already exists in '{folder}'; try again in a second.");
        }

        return keyId;
    }

    // Two processes starting on a fresh data folder may both generate; whichever file lands, both then read it.
    private void TryCreate(string folder)
    {
        try
        {
            Create();
        }
        catch (ConfigurationException) when (KeyFiles(folder).Count > 0)
        {
        }
    }

    private static List<string> KeyFiles(string location) =>
        File.Exists(location) ? [location]
        : Directory.Exists(location) ? [.. Directory.GetFiles(location, "*" + Extension).Order(StringComparer.Ordinal)]
        : [];

    private static SigningKey Read(string file)
    {
        var keyId = System.IO.Path.GetFileNameWithoutExtension(file);
        if (!KeyIdPattern().IsMatch(keyId))
        {
            throw new ConfigurationException(
                $"Signing key file '{file}': its name is the key id and may contain only letters, digits, '.', '_' and '-' (at most 64).");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(file));

            // A public key imports too, but cannot sign: asking for the private parameters tells them apart.
            rsa.ExportParameters(includePrivateParameters: true);
        }
        catch (Exception error) when (error is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new ConfigurationException($"Signing key file '{file}' is not a PEM-encoded RSA private key.");
        }

        if (rsa.KeySize is var bits && bits < MinimumKeyBits)
        {
            rsa.Dispose();
            throw new ConfigurationException($"Signing key file '{file}' has {bits} bits; at least {MinimumKeyBits} are required.");
        }

        return new SigningKey(keyId, rsa);
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static FileStreamOptions OwnerOnly(FileMode mode) => OperatingSystem.IsWindows()
        ? new FileStreamOptions { Mode = mode, Access = FileAccess.Write }
        : new FileStreamOptions { Mode = mode, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite };

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex KeyIdPattern();
}
