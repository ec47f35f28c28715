using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api;

/// <summary>Whatever a client sends, the answer is a 4xx in the API's error format, never a 500, and nothing is written.</summary>
[Collection(ApiCollection.Name)]
public sealed class MalformedRequestTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("{\"user\":")]
    [InlineData("not json at all")]
    [InlineData("{\"user\":{\"username\":\"x\",}}")]
    public async Task Malformed_json_is_422_naming_the_body(string json)
    {
        var response = await _api.PostAsync("/api/users", json);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_422_with_its_json_path()
    {
        var response = await _api.PostAsync("/api/users", "{\"user\":{\"username\":\"x\",\"email\":42,\"password\":\"p\"}}");

        var errors = await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");
        Assert.Contains("$.user.email", errors["body"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_list_that_is_not_an_array_is_422_and_creates_nothing()
    {
        var author = await _api.RegisterAsync();

        var response = await _api.PostAsync("/api/articles", "{\"article\":{\"title\":\"t\",\"description\":\"d\",\"body\":\"b\",\"tagList\":\"dragons\"}}", author.Token);

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");
        var list = await (await _api.GetAsync($"/api/articles?author={author.Username}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list["articlesCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_missing_body_is_422()
    {
        var response = await _api.SendAsync(HttpMethod.Post, "/api/users", "");

        var errors = await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "body");
        Assert.Equal("is required", errors["body"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_body_without_its_envelope_is_422_naming_the_envelope()
    {
        var username = ApiClient.Unique("noenv");
        var response = await _api.PostAsync("/api/users", new { username, email = $"{username}@example.com", password = ApiClient.Password });

        await response.AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "user");
        var profile = await _api.GetAsync($"/api/profiles/{username}");
        Assert.Equal(HttpStatusCode.NotFound, profile.StatusCode);
    }

    [Fact]
    public async Task An_unknown_api_route_is_404_in_the_error_format()
    {
        var response = await _api.GetAsync("/api/nothing-here");

        await response.AssertErrorAsync(HttpStatusCode.NotFound, "path");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415_in_the_error_format()
    {
        var content = new StringContent("user=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");

        var response = await _api.Http.PostAsync("/api/users", content);

        await response.AssertErrorAsync(HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413_in_the_error_format()
    {
        var author = await _api.RegisterAsync();
        var huge = new string('x', 2 * 1024 * 1024);
        var json = $"{{\"article\":{{\"title\":\"t\",\"description\":\"d\",\"body\":\"{huge}\"}}}}";

        var response = await _api.PostAsync("/api/articles", json, author.Token);

        await response.AssertErrorAsync(HttpStatusCode.RequestEntityTooLarge, "body");
    }
}
