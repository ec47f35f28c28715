using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Identity;

/// <summary>Where signing in is optional, a token that was sent must still be valid: it is never silently ignored.</summary>
[Collection(ApiCollection.Name)]
public sealed class OptionalAuthenticationTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Theory]
    [InlineData("Token")]
    [InlineData("Bearer")]
    public async Task A_profile_requested_with_a_garbage_token_is_401_in_the_error_format(string scheme)
    {
        var target = await _api.RegisterAsync();

        var response = await _api.SendAsync(HttpMethod.Get, $"/api/profiles/{target.Username}", token: "garbage", scheme: scheme);
        var errors = await response.AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        Assert.True(errors.ContainsKey("token"));
    }

    [Fact]
    public async Task A_profile_requested_with_an_expired_token_is_401_rather_than_anonymous()
    {
        var target = await _api.RegisterAsync();
        var reader = await _api.RegisterAsync();
        var expired = TestTokens.Craft(factory, TestTokens.SubjectOf(reader.Token), TimeSpan.FromMinutes(-5));

        await (await _api.GetAsync($"/api/profiles/{target.Username}", expired)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_profile_for_an_unknown_user_with_a_garbage_token_is_401_not_404()
    {
        await (await _api.GetAsync($"/api/profiles/{ApiClient.Unique("nobody")}", "garbage")).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Signing_in_and_signing_up_work_while_an_expired_token_is_still_sent()
    {
        var user = await _api.RegisterAsync();
        var expired = TestTokens.Craft(factory, TestTokens.SubjectOf(user.Token), TimeSpan.FromMinutes(-5));
        var newcomer = ApiClient.Unique("late");

        var login = await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } }, expired);
        var register = await _api.PostAsync("/api/users", new { user = new { username = newcomer, email = $"{newcomer}@example.com", password = ApiClient.Password } }, expired);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
    }
}
