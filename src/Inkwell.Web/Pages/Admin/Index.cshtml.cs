using Inkwell.Platform.Admin;
using Inkwell.Platform.Auth;
using Inkwell.Web.Admin;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inkwell.Web.Pages.Admin;

/// <summary>The back office's start: admins see every module's entities; moderators only what they may do.</summary>
public sealed class IndexModel(BackOffice backOffice) : PageModel
{
    public IReadOnlyList<(string Module, IReadOnlyList<AdminEntity> Entities)> Modules { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The data is for admins: a moderator's page asks no module for its entities.
        if (!User.IsInRole(Roles.Admin))
        {
            return;
        }

        var modules = new List<(string, IReadOnlyList<AdminEntity>)>();
        foreach (var catalogue in backOffice.Catalogues)
        {
            modules.Add((catalogue.Module, await catalogue.ListEntitiesAsync(cancellationToken)));
        }

        Modules = modules;
    }
}
