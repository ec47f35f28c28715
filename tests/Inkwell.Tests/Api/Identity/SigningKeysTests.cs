using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Tests.Api.Identity;

/// <summary>GET /.well-known/jwks.json: what any validator needs, and not one private parameter.</summary>
[Collection(ApiCollection.Name)]
public sealed class SigningKeysTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task The_key_set_holds_only_the_public_parameters_of_rs256_signing_keys()
    {
        var response = await _api.GetAsync("/.well-known/jwks.json");

        var json = await response.ReadJsonAsync(HttpStatusCode.OK);
        var keys = json["keys"]!.AsArray().Select(k => k!.AsObject()).ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Equal(["alg", "e", "kid", "kty", "n", "use"], key.Select(p => p.Key).Order(StringComparer.Ordinal));
            Assert.Equal("RSA", key.Text("kty"));
            Assert.Equal("sig", key.Text("use"));
            Assert.Equal("RS256", key.Text("alg"));
            Assert.Equal("AQAB", key.Text("e"));
            Assert.Equal(256, Base64UrlEncoder.DecodeBytes(key.Text("n")).Length);
        });
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task The_key_set_may_be_cached_for_a_few_minutes()
    {
        var response = await _api.GetAsync("/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), response.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task A_token_identity_issued_validates_with_the_published_keys_alone()
    {
        var registered = await _api.RegisterAsync();
        var published = new JsonWebKeySet(await (await _api.GetAsync("/.well-known/jwks.json")).Content.ReadAsStringAsync());
        var options = factory.Services.GetRequiredService<AuthOptions>();

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(registered.Token, new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKeys = published.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        var token = new JsonWebToken(registered.Token);
        Assert.Equal("RS256", token.Alg);
        Assert.Contains(published.Keys, k => k.Kid == token.Kid);
    }

    [Fact]
    public async Task The_key_set_is_served_to_anyone_even_with_a_bad_token()
    {
        var response = await _api.GetAsync("/.well-known/jwks.json", token: "garbage");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
