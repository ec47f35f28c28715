using Inkwell.Identity.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Account;

/// <summary>
/// Where a mail's unsubscribe link leads; the signed token in it is the authority, so no sign-in is asked for. Opening
/// the link only asks: link scanners in mail systems open links, and must not unsubscribe anyone by doing so.
/// </summary>
public sealed class UnsubscribeModel(IMailSettings preferences) : PageModel
{
    public string? Token { get; private set; }

    /// <summary>The address mail was switched off for.</summary>
    public string? Unsubscribed { get; private set; }

    public bool Invalid { get; private set; }

    public void OnGet(string? token) => Token = token;

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        var result = await preferences.UnsubscribeAsync(token, cancellationToken);
        if (result.Value is not { } recipient)
        {
            Invalid = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Unsubscribed = recipient.Email;
        return Page();
    }
}
