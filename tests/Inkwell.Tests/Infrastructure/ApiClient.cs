using System.Net.Http.Headers;
using System.Text;

namespace Inkwell.Tests.Infrastructure;

/// <summary>Speaks the RealWorld API the way a client does: JSON envelopes and <c>Authorization: Token</c>.</summary>
public sealed class ApiClient(HttpClient http)
{
    public const string Password = "correct horse battery";

    public HttpClient Http => http;

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..10]}";

    /// <summary>Registers a fresh user and returns a client signed in as them.</summary>
    public async Task<SignedInUser> RegisterAsync(string? username = null)
    {
        username ??= Unique("user");
        var response = await http.PostAsJsonAsync("/api/users", new { user = new { username, email = $"{username}@example.com", password = Password } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return new SignedInUser(username, $"{username}@example.com", body!["user"]!["token"]!.GetValue<string>());
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, string? token = null, string scheme = "Token")
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue(scheme, token);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string url, string? token = null) => SendAsync(HttpMethod.Get, url, token: token);

    public Task<HttpResponseMessage> PostAsync(string url, object? body, string? token = null) => SendAsync(HttpMethod.Post, url, body, token);

    public Task<HttpResponseMessage> PutAsync(string url, object? body, string? token = null) => SendAsync(HttpMethod.Put, url, body, token);

    public Task<HttpResponseMessage> DeleteAsync(string url, string? token = null) => SendAsync(HttpMethod.Delete, url, token: token);

    /// <summary>Creates an article as <paramref name="author"/> and returns its JSON.</summary>
    public async Task<JsonObject> CreateArticleAsync(SignedInUser author, string? title = null, string[]? tags = null, string body = "Some *Markdown* body.")
    {
        var response = await PostAsync("/api/articles", new
        {
            article = new { title = title ?? Unique("Title "), description = "A description", body, tagList = tags ?? [] },
        }, author.Token);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["article"]!.AsObject();
    }
}

public sealed record SignedInUser(string Username, string Email, string Token);

public static class ResponseAssertions
{
    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Asserts the API's error format and that <paramref name="field"/> is among the fields named.</summary>
    public static async Task<JsonObject> AssertErrorAsync(this HttpResponseMessage response, HttpStatusCode expected, string field)
    {
        var json = await response.ReadJsonAsync(expected);
        var errors = json["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"Expected an error for '{field}', got {json.ToJsonString()}");
        Assert.NotEmpty(errors[field]!.AsArray());
        return errors;
    }
}
