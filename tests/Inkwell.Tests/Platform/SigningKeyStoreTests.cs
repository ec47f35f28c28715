using System.Security.Cryptography;
using Inkwell.Platform;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Tests.Platform;

public sealed class SigningKeyStoreTests : IDisposable
{
    private readonly DataFolder _data = new(Path.Combine(Path.GetTempPath(), "inkwell-keys", Guid.NewGuid().ToString("N")));
    private readonly string _configured = Path.Combine(Path.GetTempPath(), "inkwell-keys", Guid.NewGuid().ToString("N"));
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 24, 5, 30, 5, TimeSpan.Zero));

    [Fact]
    public void In_development_a_key_is_generated_once_into_the_data_folder_and_reused()
    {
        using var first = Store(isDevelopment: true).Load();
        using var second = Store(isDevelopment: true).Load();

        Assert.Equal("20261124T053005Z", first.ActiveKeyId);
        Assert.Equal(first.ActiveKeyId, second.ActiveKeyId);
        Assert.Equal(first.PublicKeys.Single().Parameters.Modulus, second.PublicKeys.Single().Parameters.Modulus);
        Assert.Equal(2048, first.PublicKeys.Single().KeySize);
        var file = Path.Combine(_data.Path, "keys", "20261124T053005Z.pem");
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(file), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void A_configured_folder_wins_and_nothing_is_written_to_the_data_folder()
    {
        WriteKey("operator-key");

        using var keys = Store(isDevelopment: true, path: _configured).Load();

        Assert.Equal("operator-key", keys.ActiveKeyId);
        Assert.False(Directory.Exists(_data.Path));
    }

    [Fact]
    public void A_configured_file_is_a_key_set_of_one()
    {
        var file = WriteKey("only");

        using var keys = Store(isDevelopment: false, path: file).Load();

        Assert.Equal("only", keys.ActiveKeyId);
    }

    [Fact]
    public void Outside_development_a_missing_key_path_stops_start_up_with_a_clear_message()
    {
        var error = Assert.Throws<ConfigurationException>(() => Store(isDevelopment: false).Load());

        Assert.Contains("Auth:SigningKeys:Path is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("inkwell keys rotate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_folder_without_keys_is_refused_even_in_development()
    {
        Directory.CreateDirectory(_configured);

        var error = Assert.Throws<ConfigurationException>(() => Store(isDevelopment: true, path: _configured).Load());

        Assert.Contains("holds no signing key", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_configured));
    }

    [Fact]
    public void Every_key_validates_and_the_one_whose_name_sorts_last_signs()
    {
        WriteKey("2026-01");
        WriteKey("2026-03");
        WriteKey("2026-02");

        using var keys = Store(isDevelopment: false, path: _configured).Load();

        Assert.Equal("2026-03", keys.ActiveKeyId);
        Assert.Equal("2026-03", keys.SigningCredentials.Key.KeyId);
        Assert.Equal(["2026-01", "2026-02", "2026-03"], keys.PublicKeys.Select(k => k.KeyId));
        Assert.All(["2026-01", "2026-02", "2026-03"], id => Assert.Single(keys.Find(id)));
        Assert.Empty(keys.Find("2026-04"));
        Assert.Empty(keys.Find(null));
    }

    [Fact]
    public void The_public_keys_hold_no_private_parameters()
    {
        WriteKey("k1");

        using var keys = Store(isDevelopment: false, path: _configured).Load();

        var key = keys.PublicKeys.Single();
        Assert.Null(key.Rsa);
        Assert.Null(key.Parameters.D);
        Assert.Null(key.Parameters.P);
        Assert.Null(key.Parameters.Q);
        Assert.Equal(PrivateKeyStatus.DoesNotExist, key.PrivateKeyStatus);
    }

    [Fact]
    public void Active_pins_an_older_key_for_a_staged_rotation()
    {
        WriteKey("2026-01");
        WriteKey("2026-02");

        using var keys = Store(isDevelopment: false, path: _configured, active: "2026-01").Load();

        Assert.Equal("2026-01", keys.ActiveKeyId);
        Assert.Single(keys.Find("2026-02"));
    }

    [Fact]
    public void Active_naming_no_key_is_refused()
    {
        WriteKey("2026-01");

        var error = Assert.Throws<ConfigurationException>(() => Store(isDevelopment: false, path: _configured, active: "2025-12").Load());

        Assert.Contains("Auth:SigningKeys:Active is '2025-12', but no key has that id. Keys: 2026-01.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_created_key_sorts_after_the_existing_ones_and_signs_from_the_next_load()
    {
        var store = Store(isDevelopment: false, path: _configured);
        var first = store.Create();
        _clock.Advance(TimeSpan.FromDays(90));
        var second = store.Create();

        using var keys = store.Load();

        Assert.Equal("20270222T053005Z", second);
        Assert.Equal(second, keys.ActiveKeyId);
        Assert.Single(keys.Find(first));
    }

    [Fact]
    public void Creating_two_keys_in_the_same_second_is_refused_rather_than_overwriting()
    {
        var store = Store(isDevelopment: false, path: _configured);
        store.Create();

        var error = Assert.Throws<ConfigurationException>(store.Create);

        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a key at all")]
    [InlineData("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")]
    public void A_file_that_is_not_a_pem_private_key_is_refused(string content)
    {
        Directory.CreateDirectory(_configured);
        File.WriteAllText(Path.Combine(_configured, "broken.pem"), content);

        var error = Assert.Throws<ConfigurationException>(() => Store(isDevelopment: false, path: _configured).Load());

        Assert.Contains("broken.pem' is not a PEM-encoded RSA private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_key_cannot_sign_and_is_refused()
    {
        using var rsa = RSA.Create(2048);
        Directory.CreateDirectory(_configured);
        File.WriteAllText(Path.Combine(_configured, "public.pem"), rsa.ExportSubjectPublicKeyInfoPem());

        var error = Assert.Throws<ConfigurationException>(() => Store(isDevelopment: false, path: _configured).Load());

        Assert.Contains("public.pem' is not a PEM-encoded RSA private key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_shorter_than_2048_bits_is_refused()
    {
        WriteKey("short", bits: 1024);

        var error = Assert.Throws<ConfigurationException>(() => Store(isDevelopment: false, path: _configured).Load());

        Assert.Contains("has 1024 bits; at least 2048 are required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_that_cannot_be_a_key_id_is_refused()
    {
        WriteKey("my key");

        var error = Assert.Throws<ConfigurationException>(() => Store(isDevelopment: false, path: _configured).Load());

        Assert.Contains("its name is the key id", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _data.Path, _configured })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private SigningKeyStore Store(bool isDevelopment, string? path = null, string? active = null) =>
        new(new AuthOptions { SigningKeys = new SigningKeyOptions { Path = path, Active = active } }, _data, isDevelopment, _clock);

    private string WriteKey(string name, int bits = 2048)
    {
        using var rsa = RSA.Create(bits);
        Directory.CreateDirectory(_configured);
        var file = Path.Combine(_configured, name + ".pem");
        File.WriteAllText(file, rsa.ExportPkcs8PrivateKeyPem());
        return file;
    }
}
