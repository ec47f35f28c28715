using System.Security.Cryptography;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inkwell.Tests.Api.Identity;

/// <summary>
/// Rotating the signing key as an operator would: add a key file and restart, later remove the old file
/// and restart again. Each restart is a new host on the same database and key folder.
/// </summary>
public sealed class KeyRotationTests : IDisposable
{
    private readonly InkwellFactory _factory = new();
    private readonly string _keys = Directory.CreateTempSubdirectory("inkwell-rotation").FullName;

    [Fact]
    public async Task Tokens_signed_by_the_old_key_stay_valid_until_it_is_removed_while_new_tokens_carry_the_new_key_id()
    {
        WriteKey("2026-01");
        var before = await new ApiClient(Start().CreateClient()).RegisterAsync();
        Assert.Equal("2026-01", TestTokens.KeyIdOf(before.Token));

        WriteKey("2026-02");
        var rotated = new ApiClient(Start().CreateClient());
        var me = await (await rotated.GetAsync("/api/user", before.Token)).ReadUserAsync();
        Assert.Equal("2026-02", TestTokens.KeyIdOf(me.Text("token")));
        Assert.Equal(["2026-01", "2026-02"], await PublishedKeyIdsAsync(rotated));

        File.Delete(Path.Combine(_keys, "2026-01.pem"));
        var retired = new ApiClient(Start().CreateClient());
        await (await retired.GetAsync("/api/user", before.Token)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        await (await retired.GetAsync("/api/user", me.Text("token"))).ReadUserAsync();
        Assert.Equal(["2026-02"], await PublishedKeyIdsAsync(retired));
    }

    [Fact]
    public async Task A_pinned_active_key_keeps_signing_while_a_newer_key_is_already_published()
    {
        WriteKey("2026-01");
        WriteKey("2026-02");

        var staged = new ApiClient(Start(active: "2026-01").CreateClient());
        var user = await staged.RegisterAsync();

        Assert.Equal("2026-01", TestTokens.KeyIdOf(user.Token));
        Assert.Equal(["2026-01", "2026-02"], await PublishedKeyIdsAsync(staged));
    }

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_keys, recursive: true);
    }

    private WebApplicationFactory<Program> Start(string? active = null) => _factory.WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Auth:SigningKeys:Path", _keys);
        builder.UseSetting("Auth:SigningKeys:Active", active ?? "");
    });

    private static async Task<List<string>> PublishedKeyIdsAsync(ApiClient api)
    {
        var json = await (await api.GetAsync("/.well-known/jwks.json")).ReadJsonAsync(HttpStatusCode.OK);
        return [.. json["keys"]!.AsArray().Select(k => k!["kid"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
    }

    private void WriteKey(string keyId)
    {
        using var rsa = RSA.Create(2048);
        File.WriteAllText(Path.Combine(_keys, keyId + ".pem"), rsa.ExportPkcs8PrivateKeyPem());
    }
}
