using Inkwell.Platform.Admin;
using Inkwell.Platform.Api;
using Inkwell.Web.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Admin.Data;

public sealed class DetailsModel(BackOffice backOffice) : PageModel
{
    public AdminEntity Entity { get; private set; } = null!;

    public AdminRow Row { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string module, string entity, string key, CancellationToken cancellationToken) =>
        await LoadAsync(module, entity, key, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(string module, string entity, string key, CancellationToken cancellationToken)
    {
        key = BackOffice.KeyFromRoute(key);
        if (await backOffice.FindAsync(module, entity, cancellationToken) is not var (catalogue, found))
        {
            return NotFound();
        }

        Result<string> result;
        using (BackOffice.AuditAs(User))
        {
            result = await catalogue.DeleteAsync(found.Name, key, cancellationToken);
        }

        if (result.Succeeded)
        {
            return Redirect(BackOffice.EntityUrl(found.Module, found.Name));
        }

        if (result.Failure == FailureKind.NotFound || !await LoadAsync(module, entity, key, cancellationToken))
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Error, new Dictionary<string, string>());
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<bool> LoadAsync(string module, string entity, string key, CancellationToken cancellationToken)
    {
        if (await backOffice.FindAsync(module, entity, cancellationToken) is not var (catalogue, found)
            || (await catalogue.FindAsync(found.Name, BackOffice.KeyFromRoute(key), cancellationToken)).Value is not { } row)
        {
            return false;
        }

        (Entity, Row) = (found, row);
        return true;
    }
}
