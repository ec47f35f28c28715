using Inkwell.Platform;
using Inkwell.Platform.Auth;
using Inkwell.Platform.Data;

namespace Inkwell.Tests.Platform;

public sealed class SigningKeyStoreTests : IDisposable
{
    private readonly DataFolder _folder = new(Path.Combine(Path.GetTempPath(), "inkwell-keys", Guid.NewGuid().ToString("N")));

    [Fact]
    public void In_development_a_key_is_generated_once_into_the_data_folder_and_reused()
    {
        var first = SigningKeyStore.Load(new AuthOptions(), _folder, isDevelopment: true);
        var second = SigningKeyStore.Load(new AuthOptions(), _folder, isDevelopment: true);

        Assert.Equal(32, first.Length);
        Assert.Equal(first, second);
        var file = Path.Combine(_folder.Path, "keys", "token-signing.key");
        Assert.Equal(Convert.ToBase64String(first), File.ReadAllText(file));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void A_configured_key_wins_and_nothing_is_written()
    {
        var configured = Convert.ToBase64String(Enumerable.Range(0, 48).Select(i => (byte)i).ToArray());

        var key = SigningKeyStore.Load(new AuthOptions { SigningKey = configured }, _folder, isDevelopment: true);

        Assert.Equal(48, key.Length);
        Assert.False(Directory.Exists(_folder.Path));
    }

    [Fact]
    public void Outside_development_a_missing_key_stops_start_up_with_a_clear_message()
    {
        var error = Assert.Throws<ConfigurationException>(() => SigningKeyStore.Load(new AuthOptions(), _folder, isDevelopment: false));

        Assert.Contains("Auth:SigningKey is not set", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not base64!", "must be base64")]
    [InlineData("c2hvcnQ=", "at least 32 bytes")]
    public void A_bad_configured_key_is_refused(string configured, string message)
    {
        var error = Assert.Throws<ConfigurationException>(
            () => SigningKeyStore.Load(new AuthOptions { SigningKey = configured }, _folder, isDevelopment: false));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder.Path))
        {
            Directory.Delete(_folder.Path, recursive: true);
        }
    }
}
