using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Remote;

namespace Inkwell.Web.Remote;

/// <summary>
/// Identity's contracts over its REST API, for a website that runs without the identity module: the RealWorld user and
/// profile endpoints, and the mail settings endpoints (<c>/api/user/mail</c>, <c>/api/users/unsubscribe</c>). Sign-up,
/// sign-in and a settings change hand the tokens Identity issued to <see cref="SiteTokens"/>, for the cookie.
/// </summary>
internal sealed class IdentityClient(IHttpClientFactory clients, SiteTokens tokens, FollowCatchUp followCatchUp) : IAccounts, IProfiles, IMailSettings
{
    internal sealed record UserRequest(object User);

    internal sealed record UserAnswer(UserBody User);

    internal sealed record UserBody(string Email, string Token, string Username, string? Bio, string? Image, string? RefreshToken);

    internal sealed record ProfileAnswer(UserProfile Profile);

    internal sealed record MailRequest(object Mail);

    internal sealed record MailAnswer(MailBody Mail);

    internal sealed record MailBody(string Username, string Email, bool EmailNotifications);

    private readonly ModuleHttp _http = new(clients.CreateClient(RemoteModules.IdentityClient), "identity");

    public Task<Result<Account>> RegisterAsync(NewAccount account, CancellationToken cancellationToken) =>
        SignInWithAsync("api/users", new { account.Username, account.Email, account.Password }, cancellationToken);

    public Task<Result<Account>> SignInAsync(string? email, string? password, CancellationToken cancellationToken) =>
        SignInWithAsync("api/users/login", new { email, password }, cancellationToken);

    public async Task<Result<Account>> GetAsync(long userId, CancellationToken cancellationToken) =>
        await _http.SendAsync<UserAnswer, Account>(HttpMethod.Get, "api/user", null, await tokens.ForUserAsync(userId), ToAccount, cancellationToken);

    public async Task<Result<Account>> UpdateAsync(long userId, AccountChanges changes, CancellationToken cancellationToken)
    {
        var refreshToken = (await tokens.RefreshTokenAsync())!;
        return await _http.SendAsync<UserAnswer, Account>(
            HttpMethod.Put,
            "api/user",
            new UserRequest(changes),
            await tokens.ForUserAsync(userId),
            answer =>
            {
                // A new username is in the new access token: keep it, with the sign-in's refresh token.
                tokens.Issue(new TokenPair(answer.User.Token, refreshToken));
                return ToAccount(answer);
            },
            cancellationToken);
    }

    public async Task<Result<UserProfile>> GetAsync(string username, long? viewerId, CancellationToken cancellationToken) =>
        await _http.SendAsync<ProfileAnswer, UserProfile>(
            HttpMethod.Get, ProfilePath(username), null, await tokens.ForReaderAsync(viewerId), answer => answer.Profile, cancellationToken);

    public async Task<Result<UserProfile>> FollowAsync(long followerId, string username, CancellationToken cancellationToken) =>
        await FollowingAsync(HttpMethod.Post, followerId, username, cancellationToken);

    public async Task<Result<UserProfile>> UnfollowAsync(long followerId, string username, CancellationToken cancellationToken) =>
        await FollowingAsync(HttpMethod.Delete, followerId, username, cancellationToken);

    // As in one process, the follow shows in Content's lists once this returns (FollowCatchUp).
    private async Task<Result<UserProfile>> FollowingAsync(HttpMethod method, long followerId, string username, CancellationToken cancellationToken)
    {
        var result = await _http.SendAsync<ProfileAnswer, UserProfile>(
            method, ProfilePath(username) + "/follow", null, await tokens.ForUserAsync(followerId), answer => answer.Profile, cancellationToken);
        if (result is { Succeeded: true, Value: { } profile })
        {
            await followCatchUp.WaitAsync(followerId, profile.Username, profile.Following, cancellationToken);
        }

        return result;
    }

    public async Task<MailRecipient?> GetRecipientAsync(long userId, CancellationToken cancellationToken)
    {
        var result = await _http.SendAsync<MailAnswer, MailRecipient>(
            HttpMethod.Get, "api/user/mail", null, await tokens.ForUserAsync(userId), answer => ToRecipient(userId, answer), cancellationToken);
        return result.Value;
    }

    public async Task<Result<MailRecipient>> SetEmailNotificationsAsync(long userId, bool enabled, CancellationToken cancellationToken) =>
        await _http.SendAsync<MailAnswer, MailRecipient>(
            HttpMethod.Put,
            "api/user/mail",
            new MailRequest(new { EmailNotifications = enabled }),
            await tokens.ForUserAsync(userId),
            answer => ToRecipient(userId, answer),
            cancellationToken);

    // The link's signed token names the user; the answer does not need to (an id of 0: nobody is signed in here).
    public Task<Result<MailRecipient>> UnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        _http.SendAsync<MailAnswer, MailRecipient>(
            HttpMethod.Post, "api/users/unsubscribe", new MailRequest(new { token }), accessToken: null, answer => ToRecipient(0, answer), cancellationToken);

    private Task<Result<Account>> SignInWithAsync(string path, object user, CancellationToken cancellationToken) =>
        _http.SendAsync<UserAnswer, Account>(HttpMethod.Post, path, new UserRequest(user), accessToken: null, answer =>
        {
            tokens.Issue(new TokenPair(answer.User.Token, answer.User.RefreshToken
                ?? throw new ModuleUnavailableException("identity", $"{path} answered without a refresh token")));
            return ToAccount(answer);
        }, cancellationToken);

    private static Account ToAccount(UserAnswer answer)
    {
        var user = answer.User;
        var token = new TokenPair(user.Token, RefreshToken: "");
        return new Account(token.UserId, user.Username, user.Email, user.Bio, user.Image, token.Role);
    }

    private static MailRecipient ToRecipient(long userId, MailAnswer answer) =>
        new(userId, answer.Mail.Username, answer.Mail.Email, answer.Mail.EmailNotifications);

    private static string ProfilePath(string username) => $"api/profiles/{Uri.EscapeDataString(username)}";
}
