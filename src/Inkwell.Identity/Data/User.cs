using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;

namespace Inkwell.Identity.Data;

internal sealed class User
{
    public long Id { get; set; }

    public required string Username { get; set; }

    /// <summary>Lower-cased username: uniqueness and lookups ignore case.</summary>
    public required string NormalizedUsername { get; set; }

    public required string Email { get; set; }

    public required string NormalizedEmail { get; set; }

    public required string PasswordHash { get; set; }

    public string? Bio { get; set; }

    public string? Image { get; set; }

    /// <summary>One of <see cref="Roles.All"/>; written into the access token as the <c>role</c> claim.</summary>
    public string Role { get; set; } = Roles.User;

    /// <summary>Whether the user wants e-mail (notifications and the weekly digest); an unsubscribe link turns it off.</summary>
    public bool EmailNotifications { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    /// <summary>When an operator locked the account; a locked account cannot sign in or refresh its tokens. Null: not locked.</summary>
    public DateTime? LockedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public void SetUsername(string username)
    {
        Username = username;
        NormalizedUsername = Normalize(username);
    }

    public void SetEmail(string email)
    {
        Email = email;
        NormalizedEmail = Normalize(email);
    }

    public Account ToAccount() => new(Id, Username, Email, Bio, Image, Role);

    public AccountListing ToListing() => new(Id, Username, Email, Role, CreatedAt, LockedAt);
    public MailRecipient ToRecipient() => new(Id, Username, Email, EmailNotifications);

    public UserProfile ToProfile(bool following) => new(Username, Bio, Image, following);

    // Emails follow the same rule as usernames.
    public static string Normalize(string value) => Usernames.Normalize(value);
}
