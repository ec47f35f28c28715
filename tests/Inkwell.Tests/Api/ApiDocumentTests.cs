using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class ApiDocumentTests(InkwellFactory factory)
{
    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_of_the_contract()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonObject>("/api/openapi.json");

        var paths = document!["paths"]!.AsObject().Select(p => p.Key).ToList();
        string[] expected =
        [
            "/api/users", "/api/users/login", "/api/users/token", "/api/users/logout", "/api/user", "/api/profiles/{username}", "/api/profiles/{username}/follow",
            "/api/articles", "/api/articles/feed", "/api/articles/{slug}", "/api/articles/{slug}/favorite",
            "/api/articles/{slug}/comments", "/api/articles/{slug}/comments/{id}", "/api/tags",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
        Assert.Equal("Inkwell API", document["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_interactive_api_reference_is_served()
    {
        var client = factory.CreateClient();

        var page = await client.GetStringAsync("/api/docs/");
        var script = await client.GetAsync("/api/docs/scalar.js");

        Assert.Contains("\"url\":\"api/openapi.json\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
