using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Tests.Api.Services;

/// <summary>Identity issues service tokens to configured clients only, and a service token never passes for a person.</summary>
public sealed class ServiceTokenTests(ServiceClientFactory factory) : IClassFixture<ServiceClientFactory>
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_configured_client_gets_a_ten_minute_token_with_the_service_role_and_no_user()
    {
        var json = await (await _api.PostAsync("/api/users/service-token", new { client = new { id = "worker", secret = ServiceClientFactory.Secret } }))
            .ReadJsonAsync(HttpStatusCode.OK);

        var token = new JsonWebToken(json["client"]!["token"]!.GetValue<string>());
        Assert.Equal("worker", token.Subject);
        Assert.Equal("worker", token.GetClaim(ServiceClaims.ClientId).Value);
        Assert.Equal(Roles.Service, token.GetClaim(Roles.ClaimType).Value);
        Assert.Equal(TimeSpan.FromMinutes(10), token.ValidTo - token.IssuedAt);
    }

    [Theory]
    [InlineData("worker", "not-the-secret-but-long-enough-to-be-one-0000")]
    [InlineData("someone-else", null)]
    public async Task A_wrong_secret_or_an_unknown_client_is_refused_with_401(string id, string? secret)
    {
        var response = await _api.PostAsync("/api/users/service-token", new { client = new { id, secret = secret ?? ServiceClientFactory.Secret } });

        await response.AssertErrorAsync(HttpStatusCode.Unauthorized, "client");
    }

    [Fact]
    public async Task A_request_without_the_client_envelope_is_422()
    {
        var response = await _api.PostAsync("/api/users/service-token", new { id = "worker", secret = ServiceClientFactory.Secret });

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "client");
    }

    [Fact]
    public async Task A_client_without_id_or_secret_is_422_naming_both()
    {
        var errors = await (await _api.PostAsync("/api/users/service-token", new { client = new { id = " " } }))
            .AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "id");

        Assert.True(errors.ContainsKey("secret"));
    }

    [Theory]
    [InlineData("GET", "/api/user")]
    [InlineData("GET", "/api/articles/feed")]
    [InlineData("POST", "/api/articles")]
    [InlineData("GET", "/api/user/mail")]
    public async Task A_service_token_is_refused_with_403_where_a_person_is_needed(string method, string path)
    {
        var token = await factory.ServiceTokenAsync();

        var response = await _api.SendAsync(new HttpMethod(method), path, new { article = new { title = "t", description = "d", body = "b" } }, token);

        await response.AssertErrorAsync(HttpStatusCode.Forbidden, "token");
    }

    [Fact]
    public async Task A_service_token_reads_public_lists_as_nobody_in_particular()
    {
        var token = await factory.ServiceTokenAsync();

        var articles = await (await _api.GetAsync("/api/articles", token)).ReadJsonAsync(HttpStatusCode.OK);

        Assert.NotNull(articles["articles"]);
    }
}
