using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

[Collection(ApiCollection.Name)]
public sealed class UpdateUserTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Updating_bio_and_image_returns_them_and_keeps_them()
    {
        var me = await _api.RegisterAsync();

        var updated = await Updated(me.Token, new { bio = "Hello there.", image = "https://images.example.com/a.png" });
        Assert.Equal("Hello there.", updated.Text("bio"));
        Assert.Equal("https://images.example.com/a.png", updated.Text("image"));
        Assert.Equal(me.Username, updated.Text("username"));
        Assert.Equal(me.Email, updated.Text("email"));

        var current = await (await _api.GetAsync("/api/user", me.Token)).ReadUserAsync();
        Assert.Equal("Hello there.", current.Text("bio"));
        Assert.Equal("https://images.example.com/a.png", current.Text("image"));
    }

    [Fact]
    public async Task Updating_username_and_email_returns_a_fresh_token_that_signs_in_under_the_new_name()
    {
        var me = await _api.RegisterAsync();
        var newName = ApiClient.Unique("renamed");

        var updated = await Updated(me.Token, new { username = newName, email = $"{newName}@example.com" });
        Assert.Equal(newName, updated.Text("username"));
        Assert.Equal($"{newName}@example.com", updated.Text("email"));

        var current = await (await _api.GetAsync("/api/user", updated.Text("token"))).ReadUserAsync();
        Assert.Equal(newName, current.Text("username"));
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/profiles/{me.Username}")).StatusCode);
        Assert.Equal(newName, (await (await _api.GetAsync($"/api/profiles/{newName}")).ReadProfileAsync()).Text("username"));

        Assert.Equal(HttpStatusCode.OK, (await Login($"{newName}@example.com", ApiClient.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Login(me.Email, ApiClient.Password)).StatusCode);
    }

    [Fact]
    public async Task After_a_password_change_the_new_password_logs_in_and_the_old_one_does_not()
    {
        var me = await _api.RegisterAsync();
        const string newPassword = "a brand new passphrase";

        var updated = await Updated(me.Token, new { password = newPassword });
        Assert.Equal(me.Username, updated.Text("username"));

        var login = await (await Login(me.Email, newPassword)).ReadUserAsync();
        Assert.Equal(me.Username, login.Text("username"));
        await (await Login(me.Email, ApiClient.Password)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_bio_or_image_clears_it_to_null(string empty)
    {
        var me = await _api.RegisterAsync();
        await Updated(me.Token, new { bio = "Something", image = "https://images.example.com/b.png" });

        var cleared = await Updated(me.Token, new { bio = empty, image = empty });
        cleared.AssertNull("bio");
        cleared.AssertNull("image");

        var profile = await (await _api.GetAsync($"/api/profiles/{me.Username}")).ReadProfileAsync();
        profile.AssertNull("bio");
        profile.AssertNull("image");
    }

    [Fact]
    public async Task Fields_left_out_or_null_are_left_as_they_were()
    {
        var me = await _api.RegisterAsync();
        await Updated(me.Token, new { bio = "Kept", image = "https://images.example.com/c.png" });

        var updated = await Updated(me.Token, new { bio = (string?)null, image = (string?)null, username = (string?)null });
        Assert.Equal("Kept", updated.Text("bio"));
        Assert.Equal("https://images.example.com/c.png", updated.Text("image"));
        Assert.Equal(me.Username, updated.Text("username"));
        Assert.Equal(HttpStatusCode.OK, (await Login(me.Email, ApiClient.Password)).StatusCode);
    }

    [Fact]
    public async Task An_empty_user_object_changes_nothing_and_answers_200()
    {
        var me = await _api.RegisterAsync();
        await Updated(me.Token, new { bio = "Unchanged" });

        var user = await (await _api.PutAsync("/api/user", """{"user":{}}""", me.Token)).ReadUserAsync();
        Assert.Equal(me.Username, user.Text("username"));
        Assert.Equal(me.Email, user.Text("email"));
        Assert.Equal("Unchanged", user.Text("bio"));
        user.AssertNull("image");
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync("/api/user", user.Text("token"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Login(me.Email, ApiClient.Password)).StatusCode);
    }

    [Fact]
    public async Task Changing_only_the_case_of_your_own_username_is_allowed()
    {
        var me = await _api.RegisterAsync(ApiClient.Unique("lower"));
        var upper = me.Username.ToUpperInvariant();

        Assert.Equal(upper, (await Updated(me.Token, new { username = upper, email = me.Email.ToUpperInvariant() })).Text("username"));
        Assert.Equal(upper, (await (await _api.GetAsync($"/api/profiles/{me.Username}")).ReadProfileAsync()).Text("username"));
    }

    [Fact]
    public async Task Updating_without_a_token_is_401_in_the_error_format()
    {
        await (await _api.PutAsync("/api/user", new { user = new { bio = "anonymous" } })).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<JsonObject> Updated(string token, object changes) =>
        await (await _api.PutAsync("/api/user", new { user = changes }, token)).ReadUserAsync();

    private Task<HttpResponseMessage> Login(string email, string password) =>
        _api.PostAsync("/api/users/login", new { user = new { email, password } });
}
