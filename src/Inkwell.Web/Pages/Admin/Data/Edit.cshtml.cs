using Inkwell.Platform.Admin;
using Inkwell.Platform.Api;
using Inkwell.Web.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Admin.Data;

/// <summary>Creates a row (no key in the route) or edits one, with the model's rules: required, maximum length, type.</summary>
public sealed class EditModel(BackOffice backOffice) : PageModel
{
    public AdminEntity Entity { get; private set; } = null!;

    public string? Key { get; private set; }

    [BindProperty]
    public Dictionary<string, string?> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The columns the form asks for: editable ones, and on creation a key the database does not generate.</summary>
    public IEnumerable<AdminField> FormFields => Entity.Fields.Where(f => f.Editable || (Key is null && f.IsKey && !f.Generated && f.Kind != AdminFieldKind.Other));

    public async Task<IActionResult> OnGetAsync(string module, string entity, string? key, CancellationToken cancellationToken)
    {
        key = key is null ? null : BackOffice.KeyFromRoute(key);
        if (await BindAsync(module, entity, key, cancellationToken) is not { } catalogue)
        {
            return NotFound();
        }

        if (key is not null)
        {
            if ((await catalogue.FindAsync(Entity.Name, key, cancellationToken)).Value is not { } row)
            {
                return NotFound();
            }

            Values = row.Values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string module, string entity, string? key, CancellationToken cancellationToken)
    {
        key = key is null ? null : BackOffice.KeyFromRoute(key);
        if (await BindAsync(module, entity, key, cancellationToken) is not { } catalogue)
        {
            return NotFound();
        }

        // A new row takes every field of the form; an edit changes the fields sent.
        var values = FormFields.Where(f => key is null || Values.ContainsKey(f.Name))
            .ToDictionary(f => f.Name, f => Values.GetValueOrDefault(f.Name), StringComparer.Ordinal);
        Result<AdminRow> result;
        using (BackOffice.AuditAs(User))
        {
            result = key is null
                ? await catalogue.CreateAsync(Entity.Name, values, cancellationToken)
                : await catalogue.UpdateAsync(Entity.Name, key, values, cancellationToken);
        }

        if (result.Value is { } saved)
        {
            return Redirect(BackOffice.RowUrl(Entity.Module, Entity.Name, saved.Key));
        }

        if (result.Failure == FailureKind.NotFound)
        {
            return NotFound();
        }

        if (result.Failure == FailureKind.Forbidden)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        ModelState.AddErrors(result.Error, FormFields.ToDictionary(f => f.Name, f => $"Values[{f.Name}]"));
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IAdminCatalogue?> BindAsync(string module, string entity, string? key, CancellationToken cancellationToken)
    {
        if (await backOffice.FindAsync(module, entity, cancellationToken) is not var (catalogue, found) || (key is null && !found.CanCreate))
        {
            return null;
        }

        (Entity, Key) = (found, key);
        return catalogue;
    }
}
