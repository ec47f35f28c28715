using Inkwell.Platform.Api;

namespace Inkwell.Identity.Contracts;

/// <summary>Where and whether to send a user e-mail: the address stays in Identity, which other modules ask at send time.</summary>
public sealed record MailRecipient(long UserId, string Username, string Email, bool EmailNotifications);

/// <summary>Users' e-mail preferences and the signed unsubscribe links that switch them off without signing in.</summary>
public interface IMailPreferences
{
    /// <summary>Null when the user no longer exists.</summary>
    Task<MailRecipient?> GetRecipientAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Users who want e-mail, by id, <paramref name="count"/> at a time after <paramref name="afterUserId"/>.</summary>
    Task<IReadOnlyList<MailRecipient>> ListSubscribedAsync(long afterUserId, int count, CancellationToken cancellationToken);

    Task<Result<MailRecipient>> SetEmailNotificationsAsync(long userId, bool enabled, CancellationToken cancellationToken);

    /// <summary>A token for an unsubscribe link: signed by Identity, good for <see cref="UnsubscribeAsync"/> only.</summary>
    string CreateUnsubscribeToken(long userId);

    /// <summary>Switches e-mail off for the user the token names; a token that is not valid is <see cref="FailureKind.Invalid"/>.</summary>
    Task<Result<MailRecipient>> UnsubscribeAsync(string? token, CancellationToken cancellationToken);
}
