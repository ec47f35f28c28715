using Inkwell.Identity.Contracts;
using Inkwell.Platform.RateLimiting;
using Inkwell.Web.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Inkwell.Web.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class RegisterModel(IAccounts accounts) : PageModel
{
    public sealed class RegisterInput
    {
        public string? Username { get; set; }

        public string? Email { get; set; }

        public string? Password { get; set; }
    }

    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.RegisterAsync(new NewAccount(Input.Username, Input.Email, Input.Password), cancellationToken);
        if (result.Value is not { } account)
        {
            ModelState.AddErrors(result.Error, nameof(Input), nameof(RegisterInput.Username), nameof(RegisterInput.Email), nameof(RegisterInput.Password));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await SiteSession.SignInAsync(HttpContext, account);
        return LocalRedirect("/");
    }
}
