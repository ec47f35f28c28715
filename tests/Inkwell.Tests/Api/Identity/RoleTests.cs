using System.Security.Claims;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Auth;
using Inkwell.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Tests.Api.Identity;

/// <summary>Roles stored on the user, carried in the access token, and checked by the platform's policies.</summary>
[Collection(ApiCollection.Name)]
public sealed class RoleTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task A_new_user_is_a_plain_user_in_the_token()
    {
        var user = await _api.RegisterAsync();

        Assert.Equal([Roles.User], RolesIn(user.Token));
    }

    [Theory]
    [InlineData(Roles.Moderator)]
    [InlineData(Roles.Admin)]
    public async Task A_role_set_by_an_operator_is_in_the_tokens_issued_after(string role)
    {
        var user = await _api.RegisterAsync();
        var refreshToken = (await (await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } }))
            .ReadUserAsync()).Text("refreshToken");

        var set = await SetRoleAsync(user.Username, role);
        var login = await (await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } })).ReadUserAsync();
        var exchanged = await (await _api.PostAsync("/api/users/token", new { user = new { refreshToken } })).ReadUserAsync();

        Assert.Equal(role, set.Value!.Role);
        Assert.Equal([role], RolesIn(login.Text("token")));
        Assert.Equal([role], RolesIn(exchanged.Text("token")));
    }

    [Fact]
    public async Task An_unknown_role_or_user_is_refused()
    {
        var user = await _api.RegisterAsync();

        var unknownRole = await SetRoleAsync(user.Username, "superuser");
        var unknownUser = await SetRoleAsync(ApiClient.Unique("nobody"), Roles.Admin);

        Assert.Equal(FailureKind.Invalid, unknownRole.Failure);
        Assert.Equal(FailureKind.NotFound, unknownUser.Failure);
        Assert.Equal([Roles.User], RolesIn((await (await _api.GetAsync("/api/user", user.Token)).ReadUserAsync()).Text("token")));
    }

    [Theory]
    [InlineData(Roles.User, false, false)]
    [InlineData(Roles.Moderator, true, false)]
    [InlineData(Roles.Admin, true, true)]
    public async Task The_policies_follow_the_role_in_a_validated_token(string role, bool moderator, bool admin)
    {
        var user = await _api.RegisterAsync();
        await SetRoleAsync(user.Username, role);
        var token = (await (await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } }))
            .ReadUserAsync()).Text("token");
        var principal = await ValidateAsApiAsync(token);
        var authorization = factory.Services.GetRequiredService<IAuthorizationService>();

        Assert.Equal(moderator, (await authorization.AuthorizeAsync(principal, Policies.Moderator)).Succeeded);
        Assert.Equal(admin, (await authorization.AuthorizeAsync(principal, Policies.Admin)).Succeeded);
    }

    [Fact]
    public async Task A_role_claim_in_a_forged_token_grants_nothing()
    {
        var token = TestTokens.Craft(factory, "1", TimeSpan.FromHours(1), TestTokens.ForeignKey("forged"), role: Roles.Admin);

        var principal = await ValidateAsApiAsync(token);

        Assert.False((await factory.Services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, Policies.Admin)).Succeeded);
    }

    private async Task<Result<Account>> SetRoleAsync(string username, string role)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IUserAdministration>().SetRoleAsync(username, role, CancellationToken.None);
    }

    /// <summary>The principal the API's token scheme makes of a token: same keys, same claim types; anonymous if invalid.</summary>
    private async Task<ClaimsPrincipal> ValidateAsApiAsync(string token)
    {
        var jwt = factory.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, jwt.TokenValidationParameters);
        return new ClaimsPrincipal(result.IsValid ? result.ClaimsIdentity : new ClaimsIdentity());
    }

    private static List<string> RolesIn(string token) =>
        [.. new JsonWebToken(token).Claims.Where(c => c.Type == Roles.ClaimType).Select(c => c.Value)];
}
