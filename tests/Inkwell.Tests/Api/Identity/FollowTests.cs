using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

[Collection(ApiCollection.Name)]
public sealed class FollowTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Follow_answers_the_profile_with_following_true_and_the_profile_keeps_it()
    {
        var target = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();

        var followed = await (await Follow(target.Username, follower.Token)).ReadProfileAsync();
        Assert.Equal(target.Username, followed.Text("username"));
        followed.AssertNull("bio");
        followed.AssertNull("image");
        Assert.True(followed.Flag("following"));

        Assert.True((await GetProfile(target.Username, follower.Token)).Flag("following"));
    }

    [Fact]
    public async Task Following_twice_is_the_same_as_following_once()
    {
        var target = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();

        Assert.True((await (await Follow(target.Username, follower.Token)).ReadProfileAsync()).Flag("following"));
        Assert.True((await (await Follow(target.Username, follower.Token)).ReadProfileAsync()).Flag("following"));

        // One unfollow undoes it: the second follow left no second row behind.
        await Unfollow(target.Username, follower.Token);
        Assert.False((await GetProfile(target.Username, follower.Token)).Flag("following"));
    }

    [Fact]
    public async Task Unfollow_answers_following_false_and_the_profile_keeps_it()
    {
        var target = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();
        await Follow(target.Username, follower.Token);

        var unfollowed = await (await Unfollow(target.Username, follower.Token)).ReadProfileAsync();
        Assert.Equal(target.Username, unfollowed.Text("username"));
        Assert.False(unfollowed.Flag("following"));

        Assert.False((await GetProfile(target.Username, follower.Token)).Flag("following"));
    }

    [Fact]
    public async Task Unfollowing_someone_not_followed_is_harmless()
    {
        var target = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();

        Assert.False((await (await Unfollow(target.Username, reader.Token)).ReadProfileAsync()).Flag("following"));
    }

    [Fact]
    public async Task Unfollowing_leaves_other_followers_in_place()
    {
        var target = await _api.RegisterAsync();
        var first = await _api.RegisterAsync();
        var second = await _api.RegisterAsync();
        await Follow(target.Username, first.Token);
        await Follow(target.Username, second.Token);

        await Unfollow(target.Username, first.Token);

        Assert.False((await GetProfile(target.Username, first.Token)).Flag("following"));
        Assert.True((await GetProfile(target.Username, second.Token)).Flag("following"));
    }

    [Fact]
    public async Task Follow_and_unfollow_find_the_user_whatever_the_case_and_answer_its_real_spelling()
    {
        var target = await _api.RegisterAsync(ApiClient.Unique("Target"));
        var follower = await _api.RegisterAsync();

        var followed = await (await Follow(target.Username.ToUpperInvariant(), follower.Token)).ReadProfileAsync();
        Assert.Equal(target.Username, followed.Text("username"));
        Assert.True((await GetProfile(target.Username, follower.Token)).Flag("following"));

        await Unfollow(target.Username.ToLowerInvariant(), follower.Token);
        Assert.False((await GetProfile(target.Username, follower.Token)).Flag("following"));
    }

    [Fact]
    public async Task Following_yourself_is_422_whatever_the_case_and_follows_nothing()
    {
        var me = await _api.RegisterAsync(ApiClient.Unique("Self"));

        await (await Follow(me.Username, me.Token)).AssertValidationErrorAsync("profile");
        await (await Follow(me.Username.ToLowerInvariant(), me.Token)).AssertValidationErrorAsync("profile");
        Assert.False((await GetProfile(me.Username, me.Token)).Flag("following"));
    }

    [Fact]
    public async Task Following_or_unfollowing_an_unknown_user_is_404_in_the_error_format()
    {
        var reader = await _api.RegisterAsync();
        var nobody = ApiClient.Unique("nobody");

        (await (await Follow(nobody, reader.Token)).AssertErrorFormatAsync(HttpStatusCode.NotFound)).AssertMessage("profile", "not found");
        (await (await Unfollow(nobody, reader.Token)).AssertErrorFormatAsync(HttpStatusCode.NotFound)).AssertMessage("profile", "not found");
    }

    [Fact]
    public async Task Following_or_unfollowing_without_a_token_is_401_and_changes_nothing()
    {
        var target = await _api.RegisterAsync();
        var follower = await _api.RegisterAsync();
        await Follow(target.Username, follower.Token);

        await (await Follow(target.Username, token: null)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        await (await Unfollow(target.Username, token: null)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        Assert.True((await GetProfile(target.Username, follower.Token)).Flag("following"));
    }

    [Fact]
    public async Task Following_with_a_token_for_a_user_that_does_not_exist_is_401()
    {
        var target = await _api.RegisterAsync();
        var ghost = TestTokens.Craft(factory, long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(1));

        await (await Follow(target.Username, ghost)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> Follow(string username, string? token) => _api.PostAsync($"/api/profiles/{username}/follow", null, token);

    private Task<HttpResponseMessage> Unfollow(string username, string? token) => _api.DeleteAsync($"/api/profiles/{username}/follow", token);

    private async Task<JsonObject> GetProfile(string username, string? token) =>
        await (await _api.GetAsync($"/api/profiles/{username}", token)).ReadProfileAsync();
}
