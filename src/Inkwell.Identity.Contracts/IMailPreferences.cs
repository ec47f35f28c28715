using Inkwell.Platform.Api;

namespace Inkwell.Identity.Contracts;

/// <summary>Where and whether to send a user e-mail: the address stays in Identity, which other modules ask at send time.</summary>
public sealed record MailRecipient(long UserId, string Username, string Email, bool EmailNotifications);

/// <summary>
/// What a person does with their own mail settings: the settings page's switch and the unsubscribe link. The website
/// uses only this; over HTTP it is <c>GET</c>/<c>PUT /api/user/mail</c> and <c>POST /api/users/unsubscribe</c>.
/// </summary>
public interface IMailSettings
{
    /// <summary>Null when the user no longer exists.</summary>
    Task<MailRecipient?> GetRecipientAsync(long userId, CancellationToken cancellationToken);

    Task<Result<MailRecipient>> SetEmailNotificationsAsync(long userId, bool enabled, CancellationToken cancellationToken);

    /// <summary>Switches e-mail off for the user the token names; a token that is not valid is <see cref="FailureKind.Invalid"/>.</summary>
    Task<Result<MailRecipient>> UnsubscribeAsync(string? token, CancellationToken cancellationToken);
}

/// <summary>
/// Users' e-mail preferences as the sender of mail (the worker) needs them, for any user, with the signed unsubscribe
/// links it puts in each mail. Over HTTP these are service endpoints (<c>/api/users/mail-recipients</c>,
/// <c>/api/users/mail-subscribers</c>), open to a service token only (docs/decisions/0018).
/// </summary>
public interface IMailPreferences
{
    /// <summary>Null when the user no longer exists.</summary>
    Task<MailRecipient?> GetRecipientAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Users who want e-mail, by id, <paramref name="count"/> at a time after <paramref name="afterUserId"/>.</summary>
    Task<IReadOnlyList<MailRecipient>> ListSubscribedAsync(long afterUserId, int count, CancellationToken cancellationToken);

    /// <summary>A token for an unsubscribe link: signed by Identity, good for <see cref="IMailSettings.UnsubscribeAsync"/> only.</summary>
    Task<string> CreateUnsubscribeTokenAsync(long userId, CancellationToken cancellationToken);
}
