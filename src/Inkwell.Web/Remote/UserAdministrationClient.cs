using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Remote;

namespace Inkwell.Web.Remote;

/// <summary>
/// Identity's account administration over its admin API (<c>/api/admin/identity/users</c>), on behalf of the moderator or
/// admin signed in to the site: Identity checks their role and audits the change under their name.
/// </summary>
internal sealed class UserAdministrationClient(IHttpClientFactory clients, SiteTokens tokens) : IUserAdministration
{
    internal sealed record AccountsAnswer(IReadOnlyList<AccountListing> Accounts, int Total);

    internal sealed record AccountAnswer(AccountListing Account);

    internal sealed record RoleAnswer(Account User);

    internal sealed record UserRequest(object User);

    private const string Users = "api/admin/identity/users";

    private readonly ModuleHttp _http = new(clients.CreateClient(RemoteModules.IdentityClient), "identity");

    public async Task<Result<Account>> SetRoleAsync(string username, string role, CancellationToken cancellationToken) =>
        await _http.SendAsync<RoleAnswer, Account>(
            HttpMethod.Put, UserPath(username, "role"), new UserRequest(new { role }), await tokens.ForSignedInAsync(), answer => answer.User, cancellationToken);

    public async Task<AccountPage> ListAsync(Paging paging, string? role, CancellationToken cancellationToken)
    {
        var query = ModuleHttp.Query(
        [
            ("limit", paging.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("offset", paging.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("role", role),
        ]);
        var answer = await _http.GetAsync<AccountsAnswer>(Users + query, await tokens.ForSignedInAsync(), cancellationToken);
        return new AccountPage(answer.Accounts, answer.Total);
    }

    public async Task<Result<AccountListing>> LockAsync(string username, CancellationToken cancellationToken) =>
        await _http.SendAsync<AccountAnswer, AccountListing>(
            HttpMethod.Post, UserPath(username, "lock"), null, await tokens.ForSignedInAsync(), answer => answer.Account, cancellationToken);

    public async Task<Result<AccountListing>> UnlockAsync(string username, CancellationToken cancellationToken) =>
        await _http.SendAsync<AccountAnswer, AccountListing>(
            HttpMethod.Post, UserPath(username, "unlock"), null, await tokens.ForSignedInAsync(), answer => answer.Account, cancellationToken);

    public async Task<Result<AccountListing>> ResetPasswordAsync(string username, string? password, CancellationToken cancellationToken) =>
        await _http.SendAsync<AccountAnswer, AccountListing>(
            HttpMethod.Put, UserPath(username, "password"), new UserRequest(new { password }), await tokens.ForSignedInAsync(), answer => answer.Account,
            cancellationToken);

    private static string UserPath(string username, string action) => $"{Users}/{Uri.EscapeDataString(username)}/{action}";
}
