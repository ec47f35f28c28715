using System.Globalization;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.Remote;

namespace Inkwell.Worker.Remote;

/// <summary>
/// Identity's contracts the worker uses, over Identity's service endpoints, for a worker that runs without the identity
/// module: mail recipients, subscribers, unsubscribe tokens and the refresh-token purge. Each call carries the worker's
/// service token (docs/decisions/0018).
/// </summary>
internal sealed class IdentityServiceClient(IHttpClientFactory clients, ServiceTokens tokens) : IMailPreferences, ISessionMaintenance
{
    internal sealed record RecipientAnswer(MailRecipient Recipient);

    internal sealed record RecipientsAnswer(IReadOnlyList<MailRecipient> Recipients);

    internal sealed record UnsubscribeAnswer(TokenBody Unsubscribe);

    internal sealed record TokenBody(string Token);

    internal sealed record PurgeAnswer(PurgeBody RefreshTokens);

    internal sealed record PurgeBody(int Purged);

    private readonly ModuleHttp _http = new(clients.CreateClient(RemoteModules.IdentityClient), "identity");

    public async Task<MailRecipient?> GetRecipientAsync(long userId, CancellationToken cancellationToken)
    {
        var result = await tokens.SendAsync<RecipientAnswer, MailRecipient>(
            _http, HttpMethod.Get, $"api/users/mail-recipients/{Id(userId)}", null, answer => answer.Recipient, cancellationToken);
        return result.Failure == FailureKind.NotFound ? null : Value(result, "GET mail-recipients");
    }

    public async Task<IReadOnlyList<MailRecipient>> ListSubscribedAsync(long afterUserId, int count, CancellationToken cancellationToken) =>
        Value(await tokens.SendAsync<RecipientsAnswer, IReadOnlyList<MailRecipient>>(
            _http,
            HttpMethod.Get,
            $"api/users/mail-subscribers?after={Id(afterUserId)}&count={count.ToString(CultureInfo.InvariantCulture)}",
            null,
            answer => answer.Recipients,
            cancellationToken), "GET mail-subscribers");

    public async Task<string> CreateUnsubscribeTokenAsync(long userId, CancellationToken cancellationToken) =>
        Value(await tokens.SendAsync<UnsubscribeAnswer, string>(
            _http, HttpMethod.Post, $"api/users/mail-recipients/{Id(userId)}/unsubscribe-token", null, answer => answer.Unsubscribe.Token, cancellationToken),
            "POST unsubscribe-token");

    public async Task<int> PurgeRefreshTokensAsync(CancellationToken cancellationToken) =>
        Value(await tokens.SendAsync<PurgeAnswer, int>(
            _http, HttpMethod.Post, "api/users/refresh-tokens/purge", null, answer => answer.RefreshTokens.Purged, cancellationToken),
            "POST refresh-tokens/purge");

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    // The worker sends only what it has checked; any other refusal is Identity disagreeing, and the job is retried later.
    private static T Value<T>(Result<T> result, string call) =>
        result.Succeeded ? result.Value! : throw new ModuleUnavailableException("identity", $"{call} answered {result.Failure}: {result.Error?.Describe()}");
}
