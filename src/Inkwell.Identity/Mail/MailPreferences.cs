using Inkwell.Identity.Contracts;
using Inkwell.Identity.Data;
using Inkwell.Platform.Api;

namespace Inkwell.Identity.Mail;

/// <summary>
/// Identity's mail contract. Apart from the accounts contract because unsubscribe tokens need the signing keys,
/// which commands that only manage accounts must not require.
/// </summary>
internal sealed class MailPreferences(IdentityDbContext db, UnsubscribeTokens unsubscribeTokens) : IMailPreferences, IMailSettings
{
    public Task<MailRecipient?> GetRecipientAsync(long userId, CancellationToken cancellationToken) =>
        GetMailRecipient.ExecuteAsync(userId, db, cancellationToken);

    public Task<IReadOnlyList<MailRecipient>> ListSubscribedAsync(long afterUserId, int count, CancellationToken cancellationToken) =>
        ListMailSubscribers.ExecuteAsync(afterUserId, count, db, cancellationToken);

    public Task<Result<MailRecipient>> SetEmailNotificationsAsync(long userId, bool enabled, CancellationToken cancellationToken) =>
        SetEmailNotifications.ExecuteAsync(userId, enabled, db, cancellationToken);

    public Task<string> CreateUnsubscribeTokenAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(unsubscribeTokens.Issue(userId));

    public Task<Result<MailRecipient>> UnsubscribeAsync(string? token, CancellationToken cancellationToken) =>
        Unsubscribe.ExecuteAsync(token, unsubscribeTokens, db, cancellationToken);
}
