using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Inkwell.Identity.Data;
using Inkwell.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Tests.Api.Identity;

/// <summary>POST /api/users/token and /api/users/logout: rotating, revocable refresh tokens, stored only as hashes.</summary>
[Collection(ApiCollection.Name)]
public sealed class RefreshTokenTests(InkwellFactory factory)
{
    private readonly ApiClient _api = factory.CreateApiClient();

    [Fact]
    public async Task Sign_up_and_login_return_a_refresh_token_next_to_the_access_token()
    {
        var username = ApiClient.Unique("fresh");
        var registered = await (await _api.PostAsync("/api/users", new { user = new { username, email = $"{username}@example.com", password = ApiClient.Password } }))
            .ReadUserAsync(HttpStatusCode.Created);
        var login = await LoginAsync($"{username}@example.com");

        Assert.All([registered, login], user =>
        {
            Assert.Equal(43, user.Text("refreshToken").Length);
            Assert.False(string.IsNullOrEmpty(user.Text("token")));
        });
        Assert.NotEqual(registered.Text("refreshToken"), login.Text("refreshToken"));
    }

    [Fact]
    public async Task Reading_or_changing_the_current_user_does_not_hand_out_refresh_tokens()
    {
        var user = await _api.RegisterAsync();

        var read = await (await _api.GetAsync("/api/user", user.Token)).ReadUserAsync();
        var changed = await (await _api.PutAsync("/api/user", new { user = new { bio = "hello" } }, user.Token)).ReadUserAsync();

        Assert.False(read.ContainsKey("refreshToken"));
        Assert.False(changed.ContainsKey("refreshToken"));
    }

    [Fact]
    public async Task A_refresh_token_buys_a_working_access_token_and_a_new_refresh_token()
    {
        var user = await _api.RegisterAsync();
        var first = (await LoginAsync(user.Email)).Text("refreshToken");

        var exchanged = await (await ExchangeAsync(first)).ReadUserAsync();

        Assert.Equal(user.Username, exchanged.Text("username"));
        Assert.Equal(user.Email, exchanged.Text("email"));
        Assert.NotEqual(first, exchanged.Text("refreshToken"));
        var me = await (await _api.GetAsync("/api/user", exchanged.Text("token"))).ReadUserAsync();
        Assert.Equal(user.Username, me.Text("username"));
        await (await ExchangeAsync(exchanged.Text("refreshToken"))).ReadUserAsync();
    }

    [Fact]
    public async Task A_spent_refresh_token_is_401_in_the_error_format()
    {
        var user = await _api.RegisterAsync();
        var first = (await LoginAsync(user.Email)).Text("refreshToken");
        await (await ExchangeAsync(first)).ReadUserAsync();

        var errors = await (await ExchangeAsync(first)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);

        Assert.True(errors.ContainsKey("refreshToken"));
    }

    [Fact]
    public async Task Reusing_a_spent_refresh_token_revokes_its_whole_family_but_not_other_sign_ins()
    {
        var user = await _api.RegisterAsync();
        var stolen = (await LoginAsync(user.Email)).Text("refreshToken");
        var otherDevice = (await LoginAsync(user.Email)).Text("refreshToken");
        var current = (await (await ExchangeAsync(stolen)).ReadUserAsync()).Text("refreshToken");

        await (await ExchangeAsync(stolen)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);

        await (await ExchangeAsync(current)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        await (await ExchangeAsync(otherDevice)).ReadUserAsync();
    }

    [Fact]
    public async Task Logout_revokes_the_sign_in_including_tokens_exchanged_from_it()
    {
        var user = await _api.RegisterAsync();
        var first = (await LoginAsync(user.Email)).Text("refreshToken");
        var second = (await (await ExchangeAsync(first)).ReadUserAsync()).Text("refreshToken");

        var logout = await _api.PostAsync("/api/users/logout", new { user = new { refreshToken = second } });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        await (await ExchangeAsync(second)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
        Assert.All(await StoredFamilyAsync(second), t => Assert.NotNull(t.RevokedAt));
    }

    [Theory]
    [InlineData("never-issued")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Logout_with_a_token_that_is_not_valid_answers_the_same_204(string token)
    {
        var logout = await _api.PostAsync("/api/users/logout", new { user = new { refreshToken = token } });

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
    }

    [Fact]
    public async Task An_expired_refresh_token_is_401()
    {
        var user = await _api.RegisterAsync();
        var token = (await LoginAsync(user.Email)).Text("refreshToken");
        using (var scope = factory.Services.CreateScope())
        {
            var hash = SHA256.HashData(Base64Url.DecodeFromChars(token));
            await scope.ServiceProvider.GetRequiredService<IdentityDbContext>().RefreshTokens
                .Where(t => t.TokenHash == hash)
                .ExecuteUpdateAsync(t => t.SetProperty(r => r.ExpiresAt, DateTime.UtcNow.AddSeconds(-1)));
        }

        await (await ExchangeAsync(token)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not base64url at all, and much too long to be a refresh token of ours in any case......................")]
    public async Task An_unknown_or_malformed_refresh_token_is_401_not_500(string token)
    {
        await (await ExchangeAsync(token)).AssertErrorFormatAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_missing_refresh_token_is_422_naming_it()
    {
        await (await _api.PostAsync("/api/users/token", new { user = new { } })).AssertValidationErrorAsync("refreshToken");
        await (await _api.PostAsync("/api/users/logout", new { user = new { refreshToken = " " } })).AssertValidationErrorAsync("refreshToken");
        await (await _api.PostAsync("/api/users/token", new { })).AssertValidationErrorAsync("user");
    }

    [Fact]
    public async Task A_client_whose_access_token_expired_can_still_exchange_and_log_out()
    {
        var user = await _api.RegisterAsync();
        var token = (await LoginAsync(user.Email)).Text("refreshToken");
        var expired = TestTokens.Craft(factory, TestTokens.SubjectOf(user.Token), TimeSpan.FromMinutes(-5));

        var exchanged = await (await _api.PostAsync("/api/users/token", new { user = new { refreshToken = token } }, expired)).ReadUserAsync();
        var logout = await _api.PostAsync("/api/users/logout", new { user = new { refreshToken = exchanged.Text("refreshToken") } }, expired);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
    }

    [Fact]
    public async Task The_table_holds_the_sha256_of_each_token_never_the_token_and_each_lasts_thirty_days()
    {
        var user = await _api.RegisterAsync();
        var token = (await LoginAsync(user.Email)).Text("refreshToken");
        var raw = Base64Url.DecodeFromChars(token);

        var stored = Assert.Single(await StoredFamilyAsync(token));

        Assert.Equal(SHA256.HashData(raw), stored.TokenHash);
        Assert.NotEqual(raw, stored.TokenHash);
        Assert.Equal(TimeSpan.FromDays(30), stored.ExpiresAt - stored.CreatedAt);
        var everyColumn = string.Join('|', stored.Id, stored.UserId, stored.FamilyId, Convert.ToBase64String(stored.TokenHash),
            Convert.ToHexString(stored.TokenHash), Encoding.Latin1.GetString(stored.TokenHash), stored.CreatedAt, stored.ExpiresAt);
        Assert.DoesNotContain(token, everyColumn, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(raw), everyColumn, StringComparison.Ordinal);
    }

    private async Task<JsonObject> LoginAsync(string email) =>
        await (await _api.PostAsync("/api/users/login", new { user = new { email, password = ApiClient.Password } })).ReadUserAsync();

    private Task<HttpResponseMessage> ExchangeAsync(string refreshToken) =>
        _api.PostAsync("/api/users/token", new { user = new { refreshToken } });

    /// <summary>Every stored token of the sign-in <paramref name="token"/> belongs to, found by its hash as the server finds it.</summary>
    private async Task<List<RefreshToken>> StoredFamilyAsync(string token)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var hash = SHA256.HashData(Base64Url.DecodeFromChars(token));
        var family = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => t.FamilyId).SingleAsync();
        return await db.RefreshTokens.AsNoTracking().Where(t => t.FamilyId == family).ToListAsync();
    }
}
