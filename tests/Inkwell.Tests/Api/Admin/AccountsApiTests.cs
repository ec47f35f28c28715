using Inkwell.Tests.Infrastructure;

namespace Inkwell.Tests.Api.Admin;

/// <summary>Identity's accounts at <c>/api/admin/identity/users</c>: moderators lock and unlock, admins also give roles and passwords.</summary>
[Collection(ApiCollection.Name)]
public sealed class AccountsApiTests(InkwellFactory factory)
{
    private readonly AdminApi _admin = new(factory);

    private ApiClient Api => _admin.Client;

    [Fact]
    public async Task A_moderator_locks_an_account_which_then_cannot_sign_in_and_the_audit_row_names_the_moderator()
    {
        var target = await Api.RegisterAsync();
        var moderator = await _admin.ModeratorAsync();

        var listed = await (await Api.GetAsync("/api/admin/identity/users?limit=100&role=user", moderator.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var locked = await (await Api.PostAsync($"/api/admin/identity/users/{target.Username}/lock", null, moderator.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var login = await Api.PostAsync("/api/users/login", new { user = new { email = target.Email, password = ApiClient.Password } });
        var unlocked = await (await Api.PostAsync($"/api/admin/identity/users/{target.Username}/unlock", null, moderator.Token)).ReadJsonAsync(HttpStatusCode.OK);
        var loginAgain = await Api.PostAsync("/api/users/login", new { user = new { email = target.Email, password = ApiClient.Password } });

        Assert.True(listed["total"]!.GetValue<int>() >= 1);
        Assert.All(listed["accounts"]!.AsArray(), a => Assert.Equal("user", a!["role"]!.GetValue<string>()));
        Assert.NotNull(locked["account"]!["lockedAt"]!.GetValue<string>());
        await login.AssertErrorAsync(HttpStatusCode.Unauthorized, "account");
        Assert.Null(unlocked["account"]!["lockedAt"]);
        Assert.Equal(HttpStatusCode.OK, loginAgain.StatusCode);
        var audit = await _admin.AuditAsync("identity", moderator.Username, await _admin.AdminAsync());
        // Locking and unlocking the account, and the lock revoking the sign-in the account had: each row audited.
        Assert.Equal(["RefreshToken", "User", "User"], audit.Select(e => e!["entity"]!.GetValue<string>()).Order());
        Assert.All(audit, e => Assert.Equal(("updated", moderator.Username), (e!["action"]!.GetValue<string>(), e["actorName"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_admin_gives_a_role_and_resets_a_password_which_a_moderator_may_not()
    {
        var target = await Api.RegisterAsync();
        var admin = await _admin.AdminAsync();
        var moderator = await _admin.ModeratorAsync();

        var refusedRole = await Api.PutAsync($"/api/admin/identity/users/{target.Username}/role", new { user = new { role = "admin" } }, moderator.Token);
        var refusedPassword = await Api.PutAsync($"/api/admin/identity/users/{target.Username}/password", new { user = new { password = "a new password" } }, moderator.Token);
        var role = await (await Api.PutAsync($"/api/admin/identity/users/{target.Username}/role", new { user = new { role = "moderator" } }, admin.Token))
            .ReadJsonAsync(HttpStatusCode.OK);
        await (await Api.PutAsync($"/api/admin/identity/users/{target.Username}/password", new { user = new { password = "a new password" } }, admin.Token))
            .ReadJsonAsync(HttpStatusCode.OK);
        var login = await (await Api.PostAsync("/api/users/login", new { user = new { email = target.Email, password = "a new password" } })).ReadJsonAsync(HttpStatusCode.OK);
        var asModerator = await Api.GetAsync("/api/admin/identity/users", login["user"]!["token"]!.GetValue<string>());

        await refusedRole.AssertErrorAsync(HttpStatusCode.Forbidden, "token");
        await refusedPassword.AssertErrorAsync(HttpStatusCode.Forbidden, "token");
        Assert.Equal("moderator", role["user"]!["role"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, asModerator.StatusCode);
        var audit = await _admin.AuditAsync("identity", admin.Username, admin);
        // The role, the password, and the new password revoking the sign-in the account had.
        Assert.Equal(["RefreshToken", "User", "User"], audit.Select(e => e!["entity"]!.GetValue<string>()).Order());
        Assert.DoesNotContain(audit, e => (e!["after"]?.GetValue<string>() ?? "").Contains("PasswordHash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_named()
    {
        var target = await Api.RegisterAsync();
        var admin = await _admin.AdminAsync();

        await (await Api.PutAsync($"/api/admin/identity/users/{target.Username}/role", new { user = new { role = "king" } }, admin.Token))
            .AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "role");
        await (await Api.PutAsync($"/api/admin/identity/users/{target.Username}/role", new { }, admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "user");
        await (await Api.PutAsync($"/api/admin/identity/users/{target.Username}/password", new { user = new { password = "short" } }, admin.Token))
            .AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "password");
        await (await Api.PostAsync("/api/admin/identity/users/nobody-at-all/lock", null, admin.Token)).AssertErrorAsync(HttpStatusCode.NotFound, "user");
        await (await Api.GetAsync("/api/admin/identity/users?role=king", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "role");
        await (await Api.GetAsync("/api/admin/identity/users?offset=-1", admin.Token)).AssertErrorAsync(HttpStatusCode.UnprocessableEntity, "offset");
    }

    [Fact]
    public async Task A_plain_user_is_forbidden_and_a_visitor_unauthorized()
    {
        var target = await Api.RegisterAsync();
        var user = await _admin.UserAsync();

        await (await Api.GetAsync("/api/admin/identity/users", user.Token)).AssertErrorAsync(HttpStatusCode.Forbidden, "token");
        await (await Api.PostAsync($"/api/admin/identity/users/{target.Username}/lock", null, user.Token)).AssertErrorAsync(HttpStatusCode.Forbidden, "token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.GetAsync("/api/admin/identity/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Api.PostAsync($"/api/admin/identity/users/{target.Username}/lock", null)).StatusCode);
    }
}
