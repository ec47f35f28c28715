using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Tests.Api.Identity;

/// <summary>GET /api/user as the probe for how access tokens are read and checked.</summary>
[Collection(ApiCollection.Name)]
public sealed class AuthenticationTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("Token")]
    [InlineData("Bearer")]
    [InlineData("token")]
    public async Task Current_user_is_returned_for_a_valid_token_under_either_scheme(string scheme)
    {
        var registered = await _api.RegisterAsync();

        var response = await _api.SendAsync(HttpMethod.Get, "/api/user", token: registered.Token, scheme: scheme);
        var user = await response.ReadUserAsync();
        Assert.Equal(registered.Username, user.Text("username"));
        Assert.Equal(registered.Email, user.Text("email"));
        user.AssertNull("bio");
        user.AssertNull("image");
        Assert.Equal(TestTokens.SubjectOf(registered.Token), TestTokens.SubjectOf(user.Text("token")));
    }

    [Fact]
    public async Task Current_user_without_a_token_is_401_in_the_error_format()
    {
        var errors = await (await _api.GetAsync("/api/user")).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        Assert.True(errors.ContainsKey("token"));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl")]
    public async Task Current_user_with_a_garbage_token_is_401_in_the_error_format(string token)
    {
        await (await _api.GetAsync("/api/user", token)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_under_the_servers_key_id_is_401()
    {
        var registered = await _api.RegisterAsync();
        var forged = TestTokens.Craft(
            factory, TestTokens.SubjectOf(registered.Token), TimeSpan.FromHours(1), TestTokens.ForeignKey(TestTokens.KeyIdOf(registered.Token)));

        await (await _api.GetAsync("/api/user", forged)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_naming_an_unknown_key_id_is_401()
    {
        var registered = await _api.RegisterAsync();
        var forged = TestTokens.Craft(factory, TestTokens.SubjectOf(registered.Token), TimeSpan.FromHours(1), TestTokens.ForeignKey("unknown-key"));

        await (await _api.GetAsync("/api/user", forged)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_without_a_key_id_is_401_even_when_signed_with_the_servers_key()
    {
        var registered = await _api.RegisterAsync();
        var serverKey = (RsaSecurityKey)factory.Services.GetRequiredService<SigningKeySet>().SigningCredentials.Key;
        var withoutKeyId = new SigningCredentials(new RsaSecurityKey(serverKey.Rsa), SecurityAlgorithms.RsaSha256);
        var token = TestTokens.Craft(factory, TestTokens.SubjectOf(registered.Token), TimeSpan.FromHours(1), withoutKeyId);

        Assert.Null(new JsonWebToken(token).Kid is { Length: > 0 } kid ? kid : null);
        await (await _api.GetAsync("/api/user", token)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_hs256_token_keyed_with_the_servers_public_key_is_401()
    {
        // The classic algorithm confusion: a forger who knows the public key uses it as an HMAC secret.
        var registered = await _api.RegisterAsync();
        var keys = factory.Services.GetRequiredService<SigningKeySet>();
        var publicKey = System.Security.Cryptography.RSA.Create(keys.PublicKeys.Single(k => k.KeyId == keys.ActiveKeyId).Parameters);
        var secret = new SymmetricSecurityKey(System.Text.Encoding.UTF8.GetBytes(publicKey.ExportSubjectPublicKeyInfoPem())) { KeyId = keys.ActiveKeyId };
        var token = TestTokens.Craft(
            factory, TestTokens.SubjectOf(registered.Token), TimeSpan.FromHours(1), new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        await (await _api.GetAsync("/api/user", token)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unsigned_token_is_401()
    {
        var registered = await _api.RegisterAsync();
        var unsigned = TestTokens.Craft(factory, TestTokens.SubjectOf(registered.Token), TimeSpan.FromHours(1), signed: false);

        await (await _api.GetAsync("/api/user", unsigned)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_whose_payload_was_swapped_for_another_users_is_401()
    {
        var victim = await _api.RegisterAsync();
        var attacker = await _api.RegisterAsync();
        var parts = attacker.Token.Split('.');
        parts[1] = victim.Token.Split('.')[1];

        await (await _api.GetAsync("/api/user", string.Join('.', parts))).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_crafted_with_the_servers_key_is_accepted_so_the_rejections_here_are_meaningful()
    {
        var registered = await _api.RegisterAsync();
        var token = TestTokens.Craft(factory, TestTokens.SubjectOf(registered.Token), TimeSpan.FromHours(1));

        var user = await (await _api.GetAsync("/api/user", token)).ReadUserAsync();
        Assert.Equal(registered.Username, user.Text("username"));
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var registered = await _api.RegisterAsync();
        var expired = TestTokens.Craft(factory, TestTokens.SubjectOf(registered.Token), TimeSpan.FromMinutes(-5));

        var errors = await (await _api.GetAsync("/api/user", expired)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        Assert.True(errors.ContainsKey("token"));
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401()
    {
        var registered = await _api.RegisterAsync();
        var foreign = TestTokens.Craft(factory, TestTokens.SubjectOf(registered.Token), TimeSpan.FromHours(1), issuer: "someone-else");

        await (await _api.GetAsync("/api/user", foreign)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_valid_token_for_a_user_that_does_not_exist_is_401()
    {
        var ghost = TestTokens.Craft(factory, long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(1));

        await (await _api.GetAsync("/api/user", ghost)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        await (await _api.PutAsync("/api/user", new { user = new { bio = "boo" } }, ghost)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_authorization_header_with_an_unknown_scheme_counts_as_no_token()
    {
        var registered = await _api.RegisterAsync();

        var response = await _api.SendAsync(HttpMethod.Get, "/api/user", token: registered.Token, scheme: "Basic");
        await response.AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }
}
