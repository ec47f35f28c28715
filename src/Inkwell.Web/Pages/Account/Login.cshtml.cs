using Inkwell.Identity.Contracts;
using Inkwell.Web.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Account;

public sealed class LoginModel(IAccounts accounts, SignInThrottle throttle) : PageModel
{
    public sealed class LoginInput
    {
        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!throttle.TryAttempt(HttpContext.Connection.RemoteIpAddress?.ToString(), Input.Email, out var retryAfter))
        {
            ModelState.AddModelError(string.Empty, $"Too many sign-in attempts. Try again in {Math.Ceiling(retryAfter.TotalSeconds)} seconds.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        var result = await accounts.SignInAsync(Input.Email, Input.Password, cancellationToken);
        if (result.Value is not { } account)
        {
            ModelState.AddErrors(result.Error, nameof(Input), nameof(LoginInput.Email), nameof(LoginInput.Password));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await SiteSession.SignInAsync(HttpContext, account);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
