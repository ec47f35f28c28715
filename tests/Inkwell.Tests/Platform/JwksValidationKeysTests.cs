using System.Security.Cryptography;
using System.Text.Json;
using Inkwell.Platform;
using Inkwell.Platform.Auth;
using Inkwell.Tests.Api.Identity;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.Tokens;

namespace Inkwell.Tests.Platform;

/// <summary>How a process without the identity module validates tokens: with the keys Identity publishes, fetched and cached.</summary>
[Collection(ApiCollection.Name)]
public sealed class JwksValidationKeysTests(InkwellFactory identity)
{
    private static readonly Uri Url = new("http://identity.test/.well-known/jwks.json");
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private readonly FakeIdentity _published = new();

    [Fact]
    public async Task The_first_token_fetches_the_keys_and_later_tokens_use_the_cached_copy()
    {
        var a = _published.Add("a");
        using var keys = Keys();

        await keys.PrepareAsync(Token(a), CancellationToken.None);
        await keys.PrepareAsync(Token(a), CancellationToken.None);

        Assert.Single(keys.Find("a"));
        Assert.Equal(1, _published.Requests);
    }

    [Fact]
    public async Task An_unknown_key_id_fetches_again_so_a_rotation_is_picked_up_at_once()
    {
        var a = _published.Add("a");
        using var keys = Keys();
        await keys.PrepareAsync(Token(a), CancellationToken.None);
        _clock.Advance(JwksValidationKeys.MinimumRefreshInterval);
        var b = _published.Add("b");

        await keys.PrepareAsync(Token(b), CancellationToken.None);

        Assert.Single(keys.Find("b"));
        Assert.Equal(2, _published.Requests);
    }

    [Fact]
    public async Task Made_up_key_ids_fetch_at_most_once_per_interval()
    {
        var a = _published.Add("a");
        using var keys = Keys();
        await keys.PrepareAsync(Token(a), CancellationToken.None);

        for (var i = 0; i < 20; i++)
        {
            await keys.PrepareAsync(Token(TestTokens.ForeignKey($"made-up-{i}")), CancellationToken.None);
        }

        Assert.Equal(1, _published.Requests);
        _clock.Advance(JwksValidationKeys.MinimumRefreshInterval);
        for (var i = 0; i < 20; i++)
        {
            await keys.PrepareAsync(Token(TestTokens.ForeignKey($"made-up-{i}")), CancellationToken.None);
        }

        Assert.Equal(2, _published.Requests);
        Assert.Empty(keys.Find("made-up-0"));
    }

    [Fact]
    public async Task A_removed_key_stops_validating_once_the_cached_copy_is_an_hour_old()
    {
        var a = _published.Add("a");
        var b = _published.Add("b");
        using var keys = Keys();
        await keys.PrepareAsync(Token(a), CancellationToken.None);
        _published.Remove("a");

        _clock.Advance(JwksValidationKeys.MaximumAge - TimeSpan.FromMinutes(1));
        await keys.PrepareAsync(Token(b), CancellationToken.None);
        Assert.Single(keys.Find("a"));

        _clock.Advance(TimeSpan.FromMinutes(1));
        await keys.PrepareAsync(Token(b), CancellationToken.None);
        Assert.Empty(keys.Find("a"));
        Assert.Single(keys.Find("b"));
    }

    [Fact]
    public async Task When_identity_cannot_be_reached_the_keys_already_known_keep_working()
    {
        var a = _published.Add("a");
        using var keys = Keys();
        await keys.PrepareAsync(Token(a), CancellationToken.None);
        _published.Failing = true;
        _clock.Advance(JwksValidationKeys.MaximumAge);

        await keys.PrepareAsync(Token(a), CancellationToken.None);

        Assert.Equal(2, _published.Requests);
        Assert.Single(keys.Find("a"));
    }

    [Fact]
    public async Task A_host_validating_through_the_published_keys_accepts_identitys_tokens_and_nothing_else()
    {
        var user = await identity.CreateApiClient().RegisterAsync();
        using var validatorHost = new InkwellFactory();
        using var validator = validatorHost.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Auth:JwksUrl", "http://identity/.well-known/jwks.json");
            builder.ConfigureTestServices(services =>
            {
                // As in a process without the identity module: no local keys, only Identity's published ones.
                services.Replace(ServiceDescriptor.Singleton<ITokenValidationKeys>(JwksValidationKeys.Create));
                services.AddHttpClient(JwksValidationKeys.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => identity.Server.CreateHandler());
            });
        });
        var api = new ApiClient(validator.CreateClient());
        var ownKeyToken = TestTokens.Craft(identity, "1", TimeSpan.FromHours(1), validator.Services.GetRequiredService<SigningKeySet>().SigningCredentials);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/articles", user.Token)).StatusCode);
        await (await api.GetAsync("/api/articles", ownKeyToken)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        await (await api.GetAsync("/api/articles", TestTokens.Craft(identity, "1", TimeSpan.FromHours(1), TestTokens.ForeignKey("x"))))
            .AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void A_process_without_the_identity_module_needs_to_know_where_identity_publishes_its_keys()
    {
        using var without = PlatformOnly(jwksUrl: null);
        using var with = PlatformOnly(jwksUrl: "http://identity:8080/.well-known/jwks.json");

        var error = Assert.Throws<ConfigurationException>(() => without.Services.GetRequiredService<ITokenValidationKeys>());
        Assert.Contains("Auth:JwksUrl is not set", error.Message, StringComparison.Ordinal);
        Assert.IsType<JwksValidationKeys>(with.Services.GetRequiredService<ITokenValidationKeys>());
    }

    private static WebApplication PlatformOnly(string? jwksUrl)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        if (jwksUrl is not null)
        {
            builder.Configuration["Auth:JwksUrl"] = jwksUrl;
        }

        builder.AddInkwellPlatform();
        return builder.Build();
    }

    private JwksValidationKeys Keys() => new(new HttpClient(_published), Url, _clock, NullLogger<JwksValidationKeys>.Instance);

    private string Token(SigningCredentials credentials) => TestTokens.Craft(identity, "1", TimeSpan.FromHours(1), credentials);

    /// <summary>Serves a key set the test changes, counting requests; or fails, as an unreachable Identity does.</summary>
    private sealed class FakeIdentity : HttpMessageHandler
    {
        private readonly Dictionary<string, RSA> _keys = [];

        public int Requests { get; private set; }

        public bool Failing { get; set; }

        public SigningCredentials Add(string keyId)
        {
            var rsa = RSA.Create(2048);
            _keys[keyId] = rsa;
            return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
        }

        public void Remove(string keyId) => _keys.Remove(keyId);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            if (Failing)
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
            }

            var keys = _keys.Select(k => k.Value.ExportParameters(false) is var p
                ? new { kty = "RSA", use = "sig", alg = "RS256", kid = k.Key, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) }
                : null);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(JsonSerializer.Serialize(new { keys })) });
        }
    }
}
