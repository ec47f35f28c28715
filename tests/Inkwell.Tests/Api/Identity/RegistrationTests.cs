using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

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

    [Fact]
    public async Task The_token_from_registration_signs_the_new_user_in()
    {
        var registered = await _api.RegisterAsync();

        var me = await (await _api.GetAsync("/api/user", registered.Token)).ReadUserAsync();
        Assert.Equal(registered.Username, me.Text("username"));
        Assert.Equal(registered.Email, me.Text("email"));
    }

    [Fact]
    public async Task Register_points_Location_at_the_new_users_profile()
    {
        var username = ApiClient.Unique("loc");
        var response = await Register(username, $"{username}@example.com");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/profiles/{username}", response.Headers.Location?.OriginalString);
        var profile = await (await _api.GetAsync(response.Headers.Location!.OriginalString)).ReadProfileAsync();
        Assert.Equal(username, profile.Text("username"));
    }

    [Fact]
    public async Task Register_trims_whitespace_around_username_and_email()
    {
        var username = ApiClient.Unique("trim");
        var user = await (await Register($"  {username} ", $" {username}@example.com  ")).ReadUserAsync(HttpStatusCode.Created);

        Assert.Equal(username, user.Text("username"));
        Assert.Equal($"{username}@example.com", user.Text("email"));
    }

    [Fact]
    public async Task Register_with_a_username_taken_in_another_case_is_422_naming_username()
    {
        var taken = await _api.RegisterAsync(ApiClient.Unique("Alice"));
        var email = $"{ApiClient.Unique("other")}@example.com";

        var errors = await (await Register(taken.Username.ToLowerInvariant(), email)).AssertValidationErrorAsync("username");
        errors.AssertMessage("username", "has already been taken");
    }

    [Fact]
    public async Task Register_with_an_email_taken_in_another_case_is_422_naming_email()
    {
        var taken = await _api.RegisterAsync();

        var errors = await (await Register(ApiClient.Unique("other"), taken.Email.ToUpperInvariant())).AssertValidationErrorAsync("email");
        errors.AssertMessage("email", "has already been taken");
    }

    [Fact]
    public async Task Register_with_both_username_and_email_taken_names_both()
    {
        var taken = await _api.RegisterAsync();

        await (await Register(taken.Username, taken.Email)).AssertValidationErrorAsync("username", "email");
    }

    [Fact]
    public async Task A_registration_refused_for_an_invalid_password_writes_nothing()
    {
        var username = ApiClient.Unique("half");
        var email = $"{username}@example.com";
        await (await Register(username, email, "short")).AssertValidationErrorAsync("password");

        var login = await _api.PostAsync("/api/users/login", new { user = new { email, password = "short" } });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/profiles/{username}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Register(username, email)).StatusCode);
    }

    [Fact]
    public async Task A_registration_refused_for_a_taken_email_leaves_the_username_free()
    {
        var taken = await _api.RegisterAsync();
        var username = ApiClient.Unique("half");
        await (await Register(username, taken.Email)).AssertValidationErrorAsync("email");

        var user = await (await Register(username, $"{username}@example.com")).ReadUserAsync(HttpStatusCode.Created);
        Assert.Equal(username, user.Text("username"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"user":null}""")]
    [InlineData("""{"username":"flat","email":"flat@example.com","password":"long enough password"}""")]
    public async Task Register_without_the_user_envelope_is_422_naming_user(string body)
    {
        var errors = await (await _api.PostAsync("/api/users", body)).AssertValidationErrorAsync("user");
        errors.AssertMessage("user", "is required");
    }

    [Fact]
    public async Task Register_with_malformed_json_is_422_in_the_error_format()
    {
        await (await _api.PostAsync("/api/users", "{\"user\":{\"username\":")).AssertValidationErrorAsync("body");
    }

    private Task<HttpResponseMessage> Register(string username, string email, string password = ApiClient.Password) =>
        _api.PostAsync("/api/users", new { user = new { username, email, password } });
}
