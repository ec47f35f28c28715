using Inkwell.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Account;

/// <summary>Signing out is a POST (with its antiforgery token); a GET only asks.</summary>
public sealed class LogoutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await SiteSession.SignOutAsync(HttpContext);
        return LocalRedirect("/");
    }
}
