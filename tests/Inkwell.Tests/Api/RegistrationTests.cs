using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class RegistrationTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Register_returns_201_with_the_user_a_token_and_null_bio_and_image()
    {
        var username = ApiClient.Unique("reg");
        var response = await _api.PostAsync("/api/users", new { user = new { username, email = $"{username}@example.com", password = ApiClient.Password } });

        var user = (await response.ReadJsonAsync(HttpStatusCode.Created))["user"]!.AsObject();
        Assert.Equal(username, user["username"]!.GetValue<string>());
        Assert.Equal($"{username}@example.com", user["email"]!.GetValue<string>());
        Assert.True(user.ContainsKey("bio") && user["bio"] is null);
        Assert.True(user.ContainsKey("image") && user["image"] is null);
        Assert.Equal(3, user["token"]!.GetValue<string>().Split('.').Length);
    }
}
