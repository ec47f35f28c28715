using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

[Collection(ApiCollection.Name)]
public sealed class LoginTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Login_returns_the_user_with_a_token_that_signs_them_in()
    {
        var registered = await _api.RegisterAsync();

        var user = await (await Login(registered.Email, ApiClient.Password)).ReadUserAsync();
        Assert.Equal(registered.Username, user.Text("username"));
        Assert.Equal(registered.Email, user.Text("email"));
        user.AssertNull("bio");
        user.AssertNull("image");

        var me = await (await _api.GetAsync("/api/user", user.Text("token"))).ReadUserAsync();
        Assert.Equal(registered.Username, me.Text("username"));
    }

    [Fact]
    public async Task Login_with_a_wrong_password_is_401_in_the_error_format()
    {
        var registered = await _api.RegisterAsync();

        // The error format holds nothing but "errors": no user and no token leak out of a failed login.
        await (await Login(registered.Email, "not the password")).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_checks_the_password_case_sensitively()
    {
        var registered = await _api.RegisterAsync();

        await (await Login(registered.Email, ApiClient.Password.ToUpperInvariant())).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_with_an_unknown_email_is_401_in_the_error_format()
    {
        await (await Login($"{ApiClient.Unique("nobody")}@example.com", ApiClient.Password)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Login_answers_an_unknown_email_exactly_as_a_wrong_password()
    {
        var registered = await _api.RegisterAsync();

        var wrongPassword = await (await Login(registered.Email, "not the password")).Content.ReadAsStringAsync();
        var unknownEmail = await (await Login($"{ApiClient.Unique("nobody")}@example.com", "not the password")).Content.ReadAsStringAsync();
        Assert.Equal(wrongPassword, unknownEmail);
    }

    [Fact]
    public async Task Login_finds_the_email_whatever_its_case_and_surrounding_spaces()
    {
        var registered = await _api.RegisterAsync(ApiClient.Unique("Mixed"));

        var upper = await (await Login(registered.Email.ToUpperInvariant(), ApiClient.Password)).ReadUserAsync();
        Assert.Equal(registered.Username, upper.Text("username"));
        Assert.Equal(registered.Email, upper.Text("email"));

        var padded = await (await Login($"  {registered.Email.ToLowerInvariant()} ", ApiClient.Password)).ReadUserAsync();
        Assert.Equal(registered.Username, padded.Text("username"));
    }

    [Theory]
    [InlineData(null, "secret password", "email")]
    [InlineData("", "secret password", "email")]
    [InlineData("   ", "secret password", "email")]
    [InlineData("someone@example.com", null, "password")]
    [InlineData("someone@example.com", "", "password")]
    public async Task Login_with_a_blank_field_is_422_naming_it(string? email, string? password, string field)
    {
        var errors = await (await Login(email, password)).AssertValidationErrorAsync(field);
        errors.AssertMessage(field, "can't be blank");
    }

    [Fact]
    public async Task Login_with_no_fields_names_both()
    {
        await (await _api.PostAsync("/api/users/login", new { user = new { } })).AssertValidationErrorAsync("email", "password");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"email":"someone@example.com","password":"secret password"}""")]
    public async Task Login_without_the_user_envelope_is_422_naming_user(string body)
    {
        await (await _api.PostAsync("/api/users/login", body)).AssertValidationErrorAsync("user");
    }

    private Task<HttpResponseMessage> Login(string? email, string? password)
    {
        var user = new JsonObject();
        if (email is not null)
        {
            user["email"] = email;
        }

        if (password is not null)
        {
            user["password"] = password;
        }

        return _api.PostAsync("/api/users/login", new JsonObject { ["user"] = user });
    }
}
