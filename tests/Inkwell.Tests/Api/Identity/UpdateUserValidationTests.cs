using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

/// <summary>Settings that are refused: the 422 names the field and the account stays exactly as it was.</summary>
[Collection(ApiCollection.Name)]
public sealed class UpdateUserValidationTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("ftp://images.example.com/a.png")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    [InlineData("/relative/a.png")]
    public async Task An_image_that_is_not_an_http_or_https_url_is_422_and_changes_nothing(string image)
    {
        var me = await _api.RegisterAsync();

        var errors = await (await Update(me.Token, new { image, bio = "should not be saved" })).AssertValidationErrorAsync("image");
        errors.AssertMessage("image", "must be an http or https URL");
        await AssertUnchanged(me);
    }

    [Fact]
    public async Task Taking_another_users_username_in_any_case_is_422_naming_username_and_changes_nothing()
    {
        var me = await _api.RegisterAsync();
        var other = await _api.RegisterAsync(ApiClient.Unique("Taken"));

        var changes = new { username = other.Username.ToLowerInvariant(), bio = "should not be saved", password = "should not be saved" };
        var errors = await (await Update(me.Token, changes)).AssertValidationErrorAsync("username");
        errors.AssertMessage("username", "has already been taken");

        await AssertUnchanged(me);
        Assert.Equal(other.Username, (await (await _api.GetAsync("/api/user", other.Token)).ReadUserAsync()).Text("username"));
    }

    [Fact]
    public async Task Taking_another_users_email_in_any_case_is_422_naming_email_and_changes_nothing()
    {
        var me = await _api.RegisterAsync();
        var other = await _api.RegisterAsync();

        var changes = new { email = other.Email.ToUpperInvariant(), username = ApiClient.Unique("fresh"), password = "should not be saved" };
        var errors = await (await Update(me.Token, changes)).AssertValidationErrorAsync("email");
        errors.AssertMessage("email", "has already been taken");

        await AssertUnchanged(me);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/profiles/{changes.username}")).StatusCode);
    }

    [Theory]
    [InlineData("username", "", "can't be blank")]
    [InlineData("username", "has space", "may contain only")]
    [InlineData("email", "", "can't be blank")]
    [InlineData("email", "not-an-email", "is invalid")]
    [InlineData("password", "", "can't be blank")]
    [InlineData("password", "          ", "can't be blank")]
    [InlineData("password", "1234567", "is too short (minimum is 8 characters)")]
    public async Task An_invalid_username_email_or_password_is_422_naming_it_and_changes_nothing(string field, string value, string message)
    {
        var me = await _api.RegisterAsync();

        var changes = new JsonObject { [field] = value, ["bio"] = "should not be saved" };
        var errors = await (await Update(me.Token, changes)).AssertValidationErrorAsync(field);
        errors.AssertMessage(field, message);
        await AssertUnchanged(me);
    }

    [Fact]
    public async Task A_bio_over_1000_characters_is_422_naming_bio()
    {
        var me = await _api.RegisterAsync();

        var errors = await (await Update(me.Token, new { bio = new string('b', 1001) })).AssertValidationErrorAsync("bio");
        errors.AssertMessage("bio", "is too long (maximum is 1000 characters)");
        await AssertUnchanged(me);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"user":null}""")]
    [InlineData("""{"bio":"flat, without the envelope"}""")]
    public async Task Updating_without_the_user_envelope_is_422_naming_user_and_changes_nothing(string body)
    {
        var me = await _api.RegisterAsync();

        await (await _api.PutAsync("/api/user", body, me.Token)).AssertValidationErrorAsync("user");
        await AssertUnchanged(me);
    }

    private Task<HttpResponseMessage> Update(string token, object changes) => _api.PutAsync("/api/user", new { user = changes }, token);

    /// <summary>The account as registered: same name, email, empty profile, and the original password still logs in.</summary>
    private async Task AssertUnchanged(SignedInUser me)
    {
        var current = await (await _api.GetAsync("/api/user", me.Token)).ReadUserAsync();
        Assert.Equal(me.Username, current.Text("username"));
        Assert.Equal(me.Email, current.Text("email"));
        current.AssertNull("bio");
        current.AssertNull("image");

        var login = await _api.PostAsync("/api/users/login", new { user = new { email = me.Email, password = ApiClient.Password } });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }
}
