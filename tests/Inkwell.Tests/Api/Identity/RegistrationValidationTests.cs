using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

/// <summary>Each field rule of sign-up, one field wrong at a time: the 422 names that field and no other.</summary>
[Collection(ApiCollection.Name)]
public sealed class RegistrationValidationTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData(null, "can't be blank")]
    [InlineData("", "can't be blank")]
    [InlineData("   ", "can't be blank")]
    [InlineData("has space", "may contain only")]
    [InlineData("semi;colon", "may contain only")]
    [InlineData("slash/name", "may contain only")]
    [InlineData("émile", "may contain only")]
    [InlineData(".", "can't consist only of dots")]
    [InlineData("..", "can't consist only of dots")]
    [InlineData("...", "can't consist only of dots")]
    public async Task Register_with_an_invalid_username_is_422_naming_username(string? username, string message)
    {
        var email = $"{ApiClient.Unique("v")}@example.com";
        var errors = await (await Register(username, email, ApiClient.Password)).AssertValidationErrorAsync("username");
        errors.AssertMessage("username", message);
    }

    [Fact]
    public async Task Register_with_a_username_over_40_characters_is_422_and_40_is_accepted()
    {
        var tooLong = ApiClient.Unique("long").PadRight(41, 'x');
        var errors = await (await Register(tooLong, $"{ApiClient.Unique("v")}@example.com", ApiClient.Password)).AssertValidationErrorAsync("username");
        errors.AssertMessage("username", "is too long (maximum is 40 characters)");

        var longest = tooLong[..40];
        Assert.Equal(HttpStatusCode.Created, (await Register(longest, $"{ApiClient.Unique("v")}@example.com", ApiClient.Password)).StatusCode);
    }

    [Theory]
    [InlineData(null, "can't be blank")]
    [InlineData("", "can't be blank")]
    [InlineData("  ", "can't be blank")]
    [InlineData("plainaddress", "is invalid")]
    [InlineData("no-at-sign.example.com", "is invalid")]
    [InlineData("two@@example.com", "is invalid")]
    [InlineData("nodot@localhost", "is invalid")]
    [InlineData("Display Name <someone@example.com>", "is invalid")]
    public async Task Register_with_an_invalid_email_is_422_naming_email(string? email, string message)
    {
        var errors = await (await Register(ApiClient.Unique("v"), email, ApiClient.Password)).AssertValidationErrorAsync("email");
        errors.AssertMessage("email", message);
    }

    [Fact]
    public async Task Register_with_an_email_over_254_characters_is_422_naming_email()
    {
        var email = new string('a', 250) + "@example.com";
        var errors = await (await Register(ApiClient.Unique("v"), email, ApiClient.Password)).AssertValidationErrorAsync("email");
        errors.AssertMessage("email", "is too long");
    }

    [Theory]
    [InlineData(null, "can't be blank")]
    [InlineData("", "can't be blank")]
    [InlineData("        ", "can't be blank")]
    [InlineData("1234567", "is too short (minimum is 8 characters)")]
    public async Task Register_with_an_invalid_password_is_422_naming_password(string? password, string message)
    {
        var errors = await (await Register(ApiClient.Unique("v"), $"{ApiClient.Unique("v")}@example.com", password)).AssertValidationErrorAsync("password");
        errors.AssertMessage("password", message);
    }

    [Fact]
    public async Task Register_with_a_password_over_128_characters_is_422_naming_password()
    {
        var errors = await (await Register(ApiClient.Unique("v"), $"{ApiClient.Unique("v")}@example.com", new string('p', 129))).AssertValidationErrorAsync("password");
        errors.AssertMessage("password", "is too long (maximum is 128 characters)");
    }

    [Theory]
    [InlineData(8)]
    [InlineData(128)]
    public async Task A_password_at_either_length_limit_registers_and_logs_in(int length)
    {
        var username = ApiClient.Unique("len");
        var password = new string('p', length);
        Assert.Equal(HttpStatusCode.Created, (await Register(username, $"{username}@example.com", password)).StatusCode);

        var login = await _api.PostAsync("/api/users/login", new { user = new { email = $"{username}@example.com", password } });
        Assert.Equal(username, (await login.ReadUserAsync()).Text("username"));
    }

    [Fact]
    public async Task Register_with_every_field_missing_names_every_field()
    {
        await (await _api.PostAsync("/api/users", new { user = new { } })).AssertValidationErrorAsync("username", "email", "password");
    }

    private Task<HttpResponseMessage> Register(string? username, string? email, string? password)
    {
        var user = new JsonObject();
        if (username is not null)
        {
            user["username"] = username;
        }

        if (email is not null)
        {
            user["email"] = email;
        }

        if (password is not null)
        {
            user["password"] = password;
        }

        return _api.PostAsync("/api/users", new JsonObject { ["user"] = user });
    }
}
