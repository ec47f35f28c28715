using System.Text.RegularExpressions;
using Inkwell.Tests.Api.Identity;
using Inkwell.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Inkwell.Tests.Cli;

/// <summary><c>inkwell users</c> against the database of a running host, seen through the API as its users would.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class UsersCommandTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();
    private readonly CommandRunner _commands = CommandRunner.For(factory);

    [Fact]
    public async Task Create_makes_an_account_whose_printed_password_signs_in_with_the_role_given()
    {
        var username = ApiClient.Unique("made");

        var result = await _commands.RunAsync("users", "create", username, "--email", $"{username}@example.com", "--role", "moderator");

        Assert.True(result.ExitCode == 0, result.ToString());
        var password = PrintedPassword().Match(result.Stdout).Groups[1].Value;
        var login = await (await _api.PostAsync("/api/users/login", new { user = new { email = $"{username}@example.com", password } })).ReadUserAsync();
        Assert.Equal("moderator", RoleIn(login.Text("token")));
    }

    [Fact]
    public async Task Create_refuses_a_taken_username_with_code_2_and_the_rule_broken()
    {
        var user = await _api.RegisterAsync();

        var result = await _commands.RunAsync("users", "create", user.Username, "--email", $"other-{user.Email}");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("username has already been taken", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_shows_accounts_oldest_first_with_role_and_lock_and_filters_by_role()
    {
        var user = await _api.RegisterAsync();
        await _commands.RunAsync("users", "set-role", user.Username, "admin");
        await _commands.RunAsync("users", "lock", user.Username);

        var admins = await _commands.RunAsync("users", "list", "--role", "admin", "--limit", "1000");
        var plain = await _commands.RunAsync("users", "list", "--role", "user", "--limit", "1000");

        Assert.Equal(0, admins.ExitCode);
        Assert.Matches($@"{user.Username}\s*│\s*{Regex.Escape(user.Email)}\s*│\s*admin\s*│[^│]*│\s*since ", admins.Stdout);
        Assert.DoesNotContain(user.Username, plain.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Accounts 1-\d+ of \d+\.", admins.Stdout);
    }

    [Fact]
    public async Task Set_role_changes_the_role_claim_of_the_next_token()
    {
        var user = await _api.RegisterAsync();

        var result = await _commands.RunAsync("users", "set-role", user.Username.ToUpperInvariant(), "admin");
        var login = await LoginAsync(user);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{user.Username} is now admin", result.Stdout, StringComparison.Ordinal);
        Assert.Equal("admin", RoleIn(login.Text("token")));
        Assert.Equal("user", RoleIn(user.Token));
    }

    [Fact]
    public async Task Set_role_refuses_an_unknown_role_or_user_with_code_2()
    {
        var user = await _api.RegisterAsync();

        var unknownRole = await _commands.RunAsync("users", "set-role", user.Username, "owner");
        var unknownUser = await _commands.RunAsync("users", "set-role", ApiClient.Unique("ghost"), "admin");

        Assert.Equal(2, unknownRole.ExitCode);
        Assert.Contains("owner", unknownRole.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, unknownUser.ExitCode);
        Assert.Contains("No user", unknownUser.Stderr, StringComparison.Ordinal);
        Assert.Equal("user", RoleIn((await LoginAsync(user)).Text("token")));
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_refresh_or_read_their_account_until_unlocked()
    {
        var user = await _api.RegisterAsync();
        var session = await LoginAsync(user);

        var locked = await _commands.RunAsync("users", "lock", user.Username);
        var login = await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } });
        var refresh = await _api.PostAsync("/api/users/token", new { user = new { refreshToken = session.Text("refreshToken") } });
        var account = await _api.GetAsync("/api/user", session.Text("token"));
        var wrongPassword = await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = "not the password" } });

        Assert.True(locked.ExitCode == 0, locked.ToString());
        Assert.Equal("is locked", (await login.AssertErrorFormatAsync(HttpStatusCode.Unauthorized))["account"]![0]!.GetValue<string>());
        await refresh.AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        Assert.True((await account.AssertErrorFormatAsync(HttpStatusCode.Unauthorized)).ContainsKey("account"));
        Assert.True((await wrongPassword.AssertErrorFormatAsync(HttpStatusCode.Unauthorized)).ContainsKey("email or password"));

        var unlocked = await _commands.RunAsync("users", "unlock", user.Username);

        Assert.Equal(0, unlocked.ExitCode);
        await LoginAsync(user);
    }

    [Fact]
    public async Task Reset_password_prints_a_new_password_once_and_ends_every_sign_in_with_the_old_one()
    {
        var user = await _api.RegisterAsync();
        var session = await LoginAsync(user);

        var result = await _commands.RunAsync("users", "reset-password", user.Username);
        var password = PrintedPassword().Match(result.Stdout).Groups[1].Value;

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(24, password.Length);
        await (await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } }))
            .AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        await (await _api.PostAsync("/api/users/token", new { user = new { refreshToken = session.Text("refreshToken") } }))
            .AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        await (await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password } })).ReadUserAsync();
    }

    [Fact]
    public async Task Imported_users_cannot_sign_in_with_any_password_until_an_operator_resets_it()
    {
        var username = ApiClient.Unique("imported");
        var file = Path.Combine(factory.DataPath, $"{username}.csv");
        await File.WriteAllTextAsync(file, $"username,email,bio\n{username},{username}@example.com,Came from elsewhere.\n");

        var imported = await _commands.RunAsync("import", file);
        var profile = await (await _api.GetAsync($"/api/profiles/{username}")).ReadProfileAsync();
        var attempts = await Task.WhenAll(new[] { ApiClient.Password, "/w==", "AQAAAAIAAYagAAAAE" }.Select(password =>
            _api.PostAsync("/api/users/login", new { user = new { email = $"{username}@example.com", password } })));
        var reset = await _commands.RunAsync("users", "reset-password", username);

        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.Equal("Came from elsewhere.", profile.Text("bio"));
        Assert.All(attempts, attempt => Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode));
        var password = PrintedPassword().Match(reset.Stdout).Groups[1].Value;
        await (await _api.PostAsync("/api/users/login", new { user = new { email = $"{username}@example.com", password } })).ReadUserAsync();
    }

    [Fact]
    public async Task Users_commands_under_a_target_without_identity_exit_with_code_2_and_say_why()
    {
        var result = await _commands.RunAsync("users", "list", "--target", "content");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs the identity module, which --target content does not run", result.Stderr, StringComparison.Ordinal);
    }

    private async Task<JsonObject> LoginAsync(SignedInUser user) =>
        await (await _api.PostAsync("/api/users/login", new { user = new { email = user.Email, password = ApiClient.Password } })).ReadUserAsync();

    private static string RoleIn(string token) => new JsonWebToken(token).GetClaim("role").Value;

    [GeneratedRegex(@"Password \(shown once, give it to its owner\): (\S+)")]
    private static partial Regex PrintedPassword();
}
