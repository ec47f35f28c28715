using Inkwell.Platform.Admin;
using Inkwell.Web.Admin;
using Inkwell.Web.Pages.Shared;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Admin.Data;

/// <summary>One entity's rows: search over its text columns, a filter per column (<c>f.Column=value</c>), sort, pages.</summary>
public sealed class ListModel(BackOffice backOffice) : PageModel
{
    public const string FilterPrefix = "f.";

    public AdminEntity Entity { get; private set; } = null!;

    public AdminPage Rows { get; private set; } = new([], 0);

    public Pager Pager { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public Dictionary<string, string> Filters { get; } = new(StringComparer.Ordinal);

    public async Task<IActionResult> OnGetAsync(string module, string entity, int? page, CancellationToken cancellationToken)
    {
        if (await backOffice.FindAsync(module, entity, cancellationToken) is not var (catalogue, found))
        {
            return NotFound();
        }

        Entity = found;
        foreach (var (key, value) in Request.Query.Where(q => q.Key.StartsWith(FilterPrefix, StringComparison.Ordinal)))
        {
            Filters[key[FilterPrefix.Length..]] = value.ToString();
        }

        var pageNumber = Pager.Normalize(page);
        var result = await catalogue.ListAsync(found.Name, new AdminQuery(Pager.PagingFor(pageNumber), Search, Filters, Sort), cancellationToken);
        if (result.Value is { } rows)
        {
            Rows = rows;
        }
        else
        {
            ModelState.AddErrors(result.Error, new Dictionary<string, string>());
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        Pager = new Pager(pageNumber, Rows.Total, Request);
        return Page();
    }

    /// <summary>The link that sorts by <paramref name="column"/>, flipping the direction when it is already the sort.</summary>
    public string SortUrl(string column)
    {
        var sort = Sort == column ? "-" + column : column;
        var query = Request.Query.Where(q => q.Key is not "sort" and not "page")
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
            .Append($"sort={Uri.EscapeDataString(sort)}");
        return $"{Request.Path}?{string.Join("&", query)}";
    }
}
