using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class CorsTests(InkwellFactory factory)
{
    [Fact]
    public async Task A_preflight_from_any_origin_is_allowed_by_default()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/articles");
        request.Headers.Add("Origin", "https://reader.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("authorization", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_configured_origin_list_allows_only_those_origins()
    {
        using var restricted = factory.WithWebHostBuilder(b => b.UseSetting("Cors:AllowedOrigins:0", "https://allowed.example"));
        var client = restricted.CreateClient();

        var allowed = await client.SendAsync(Get("https://allowed.example"));
        var other = await client.SendAsync(Get("https://other.example"));

        Assert.Equal("https://allowed.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Get(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/tags");
        request.Headers.Add("Origin", origin);
        return request;
    }
}
