using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Platform.RateLimiting;
using Inkwell.Web.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Inkwell.Web.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class LoginModel(IAccounts accounts, FailedSignIns failedSignIns) : PageModel
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
        if (!failedSignIns.MayTry(Input.Email, out var retryAfter))
        {
            var seconds = TooManyRequests.SecondsOf(retryAfter);
            ModelState.AddModelError(string.Empty, $"Too many sign-in attempts. Try again in {seconds} seconds.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page();
        }

        var result = await accounts.SignInAsync(Input.Email, Input.Password, cancellationToken);
        if (result.Value is not { } account)
        {
            if (result.Failure == FailureKind.Unauthorized)
            {
                failedSignIns.Record(Input.Email);
            }

            ModelState.AddErrors(result.Error, nameof(Input), nameof(LoginInput.Email), nameof(LoginInput.Password));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await SiteSession.SignInAsync(HttpContext, account);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
