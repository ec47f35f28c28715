using System.Text.Json;

namespace Inkwell.BrowserTests.Infrastructure;

/// <summary>Prepares data through the public REST API when a test needs more of it than is worth clicking through.</summary>
public sealed class ApiSeeder(IAPIRequestContext api)
{
    public async Task<string> RegisterAsync(Person person)
    {
        var response = await api.PostAsync("/api/users", new()
        {
            DataObject = new { user = new { username = person.Username, email = person.Email, password = person.Password } },
        });
        Assert.Equal(201, response.Status);
        using var body = JsonDocument.Parse(await response.TextAsync());
        return body.RootElement.GetProperty("user").GetProperty("token").GetString()!;
    }

    public async Task PublishAsync(string token, string title, params string[] tags)
    {
        var response = await api.PostAsync("/api/articles", new()
        {
            Headers = new Dictionary<string, string> { ["Authorization"] = $"Token {token}" },
            DataObject = new { article = new { title, description = "Seeded for a test.", body = "Seeded.", tagList = tags } },
        });
        Assert.Equal(201, response.Status);
    }
}
