using Inkwell.Identity.Contracts;
using Inkwell.Platform.Auth;
using Inkwell.Web.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Account;

public sealed class SettingsModel(IAccounts accounts, IMailSettings mail) : PageModel
{
    public sealed class SettingsInput
    {
        public string? Image { get; set; }

        public string? Username { get; set; }

        public string? Bio { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }

        /// <summary>Mail about new followers and comments, and the weekly digest.</summary>
        public bool EmailNotifications { get; set; }
    }

    [BindProperty]
    public SettingsInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        var result = await accounts.GetAsync(User.GetUserId(), cancellationToken);
        if (result.Value is not { } account)
        {
            await SiteSession.SignOutAsync(HttpContext);
            return LocalRedirect("/login");
        }

        var recipient = await mail.GetRecipientAsync(account.UserId, cancellationToken);
        Input = new SettingsInput
        {
            Image = account.Image, Username = account.Username, Bio = account.Bio, Email = account.Email, EmailNotifications = recipient?.EmailNotifications ?? true,
        };
        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A form sends every field: empty image and bio clear them, an empty password keeps the current one.
        var changes = new AccountChanges(
            Email: Input.Email ?? "",
            Username: Input.Username ?? "",
            Password: string.IsNullOrEmpty(Input.Password) ? null : Input.Password,
            Bio: Input.Bio ?? "",
            Image: Input.Image ?? "");

        var result = await accounts.UpdateAsync(User.GetUserId(), changes, cancellationToken);
        if (result.Value is not { } account)
        {
            ModelState.AddErrors(result.Error, nameof(Input), "Image", "Username", "Bio", "Email", "Password");
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        // The preference lives with the account in Identity, behind a contract of its own (mail is not part of the RealWorld user).
        await mail.SetEmailNotificationsAsync(account.UserId, Input.EmailNotifications, cancellationToken);
        await SiteSession.SignInAsync(HttpContext, account);
        return RedirectToPage(new { saved = true });
    }
}
