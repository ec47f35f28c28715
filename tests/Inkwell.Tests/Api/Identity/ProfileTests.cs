using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

[Collection(ApiCollection.Name)]
public sealed class ProfileTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task An_anonymous_reader_gets_the_profile_with_following_false()
    {
        var target = await _api.RegisterAsync();

        var json = await (await _api.GetAsync($"/api/profiles/{target.Username}")).ReadJsonAsync(HttpStatusCode.OK);
        var profile = json["profile"]!.AsObject();
        Assert.Equal(target.Username, profile.Text("username"));
        profile.AssertNull("bio");
        profile.AssertNull("image");
        Assert.False(profile.Flag("following"));
        Assert.False(profile.ContainsKey("email"));
        Assert.False(profile.ContainsKey("token"));
    }

    [Fact]
    public async Task A_profile_shows_the_bio_and_image_the_user_set()
    {
        var target = await _api.RegisterAsync();
        var settings = new { user = new { bio = "I write things.", image = "https://images.example.com/me.png" } };
        Assert.Equal(HttpStatusCode.OK, (await _api.PutAsync("/api/user", settings, target.Token)).StatusCode);

        var profile = await (await _api.GetAsync($"/api/profiles/{target.Username}")).ReadProfileAsync();
        Assert.Equal("I write things.", profile.Text("bio"));
        Assert.Equal("https://images.example.com/me.png", profile.Text("image"));
    }

    [Fact]
    public async Task An_unknown_profile_is_404_in_the_error_format()
    {
        var errors = await (await _api.GetAsync($"/api/profiles/{ApiClient.Unique("nobody")}")).AssertErrorFormatAsync(HttpStatusCode.NotFound);
        Assert.True(errors.ContainsKey("profile"));
    }

    [Fact]
    public async Task An_unknown_profile_is_404_for_a_signed_in_reader_too()
    {
        var reader = await _api.RegisterAsync();

        await (await _api.GetAsync($"/api/profiles/{ApiClient.Unique("nobody")}", reader.Token)).AssertErrorFormatAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Following_in_a_profile_reflects_the_signed_in_reader()
    {
        var target = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();
        var stranger = await _api.RegisterAsync();
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsync($"/api/profiles/{target.Username}/follow", null, follower.Token)).StatusCode);

        Assert.True((await GetProfile(target.Username, follower.Token)).Flag("following"));
        Assert.False((await GetProfile(target.Username, stranger.Token)).Flag("following"));
        Assert.False((await GetProfile(target.Username, token: null)).Flag("following"));
    }

    [Fact]
    public async Task A_signed_in_reader_does_not_follow_someone_they_never_followed()
    {
        var target = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();

        Assert.False((await GetProfile(target.Username, reader.Token)).Flag("following"));
    }

    [Fact]
    public async Task Following_is_one_way()
    {
        var target = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();
        await _api.PostAsync($"/api/profiles/{target.Username}/follow", null, follower.Token);

        Assert.False((await GetProfile(follower.Username, target.Token)).Flag("following"));
    }

    [Fact]
    public async Task A_signed_in_user_sees_their_own_profile_as_not_followed()
    {
        var me = await _api.RegisterAsync();

        var profile = await GetProfile(me.Username, me.Token);
        Assert.Equal(me.Username, profile.Text("username"));
        Assert.False(profile.Flag("following"));
    }

    [Fact]
    public async Task Profiles_are_found_whatever_the_case_of_the_username_and_answer_its_real_spelling()
    {
        var target = await _api.RegisterAsync(ApiClient.Unique("CamelCase"));

        Assert.Equal(target.Username, (await GetProfile(target.Username.ToLowerInvariant(), token: null)).Text("username"));
        Assert.Equal(target.Username, (await GetProfile(target.Username.ToUpperInvariant(), token: null)).Text("username"));
    }

    private async Task<JsonObject> GetProfile(string username, string? token) =>
        await (await _api.GetAsync($"/api/profiles/{username}", token)).ReadProfileAsync();
}
