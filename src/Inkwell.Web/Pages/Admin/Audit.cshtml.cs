using Inkwell.Platform.Admin;
using Inkwell.Web.Admin;
using Inkwell.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Admin;

/// <summary>
/// Every module's audit log, newest first, filtered by entity or by who made the change. Each module keeps its own
/// log next to its tables; the page merges them, reading from each no more than the rows up to the page shown.
/// </summary>
public sealed class AuditModel(BackOffice backOffice) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Entity { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    public IReadOnlyList<AuditRecord> Entries { get; private set; } = [];

    public Pager Pager { get; private set; } = null!;

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        var pageNumber = Pager.Normalize(page);
        var paging = Pager.PagingFor(pageNumber);
        var upToPage = new Platform.Api.Paging(paging.Offset + paging.Limit, 0);
        var merged = new List<AuditRecord>();
        var total = 0;
        foreach (var catalogue in backOffice.Catalogues)
        {
            var part = await catalogue.ListAuditAsync(new AuditQuery(upToPage, Entity, Actor), cancellationToken);
            merged.AddRange(part.Entries);
            total += part.Total;
        }

        Entries = merged.OrderByDescending(e => e.At).ThenBy(e => e.Module, StringComparer.Ordinal).ThenByDescending(e => e.Id)
            .Skip(paging.Offset).Take(paging.Limit).ToList();
        Pager = new Pager(pageNumber, total, Request);
    }
}
