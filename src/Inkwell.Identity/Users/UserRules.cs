using System.Net.Mail;
using System.Text.RegularExpressions;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;

namespace Inkwell.Identity.Users;

/// <summary>The rules a username, email, password and profile must meet, shared by sign-up and settings.</summary>
internal static partial class UserRules
{
    public const int UsernameMaxLength = ProfileLimits.UsernameMaxLength;
    public const int EmailMaxLength = 254;
    public const int PasswordMinLength = 8;
    public const int PasswordMaxLength = 128;
    public const int BioMaxLength = ProfileLimits.BioMaxLength;
    public const int ImageMaxLength = ProfileLimits.ImageMaxLength;
    public const int RoleMaxLength = 20;

    public static void CheckUsername(ValidationErrors errors, string? username)
    {
        errors.Required("username", username, UsernameMaxLength);
        if (string.IsNullOrWhiteSpace(username))
        {
            return;
        }

        var trimmed = username.Trim();
        if (!UsernamePattern().IsMatch(trimmed))
        {
            errors.Add("username", "may contain only letters, digits, '.', '_' and '-'");
        }
        else if (trimmed.Trim('.').Length == 0)
        {
            // "." and ".." are dot segments URL resolvers remove, so /api/profiles/.. could never reach the profile;
            // refusing every all-dots name keeps the rule simple to state.
            errors.Add("username", "can't consist only of dots");
        }
    }

    public static void CheckEmail(ValidationErrors errors, string? email)
    {
        errors.Required("email", email, EmailMaxLength);
        if (!string.IsNullOrWhiteSpace(email) && !IsEmail(email.Trim()))
        {
            errors.Add("email", "is invalid");
        }
    }

    public static void CheckPassword(ValidationErrors errors, string? password)
    {
        // Blank as login sees it: a password of spaces could be set but never used to sign in.
        if (string.IsNullOrWhiteSpace(password))
        {
            errors.Add("password", "can't be blank");
        }
        else if (password.Length < PasswordMinLength)
        {
            errors.Add("password", $"is too short (minimum is {PasswordMinLength} characters)");
        }
        else
        {
            errors.MaxLength("password", password, PasswordMaxLength);
        }
    }

    public static void CheckImage(ValidationErrors errors, string? image)
    {
        errors.MaxLength("image", image, ImageMaxLength);
        if (!string.IsNullOrWhiteSpace(image)
            && !(Uri.TryCreate(image.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add("image", "must be an http or https URL");
        }
    }

    /// <summary>Empty strings clear optional profile fields: the API answers null for them.</summary>
    public static string? EmptyToNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool IsEmail(string email) =>
        MailAddress.TryCreate(email, out var address) && address.Address == email && email.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex UsernamePattern();
}
