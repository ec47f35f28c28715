using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Web.Admin;
using Inkwell.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Admin;

/// <summary>Accounts, for moderators: lock one (it can no longer sign in) or unlock it, through Identity's own operations.</summary>
public sealed class UsersModel(IUserAdministration accounts) : PageModel
{
    public AccountPage Accounts { get; private set; } = new([], 0);

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        var pageNumber = Pager.Normalize(page);
        Accounts = await accounts.ListAsync(Pager.PagingFor(pageNumber), null, cancellationToken);
        Pager = new Pager(pageNumber, Accounts.Total, Request);
    }

    public Task<IActionResult> OnPostLockAsync(string username, CancellationToken cancellationToken) =>
        ChangeAsync(() => accounts.LockAsync(username, cancellationToken));

    public Task<IActionResult> OnPostUnlockAsync(string username, CancellationToken cancellationToken) =>
        ChangeAsync(() => accounts.UnlockAsync(username, cancellationToken));

    private async Task<IActionResult> ChangeAsync(Func<Task<Result<AccountListing>>> change)
    {
        Result<AccountListing> result;
        using (BackOffice.AuditAs(User))
        {
            result = await change();
        }

        return result.Succeeded ? Redirect("/admin/users" + Request.QueryString) : NotFound();
    }
}
