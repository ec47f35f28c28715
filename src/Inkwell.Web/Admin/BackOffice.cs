using System.Security.Claims;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Auth;
using Inkwell.Web.Auth;

namespace Inkwell.Web.Admin;

/// <summary>
/// The modules' catalogues as the back office pages use them, and the actor every change there is audited under. A
/// catalogue is the module's own in its process, or its admin API over HTTP (<c>Remote/AdminCatalogueClient</c>).
/// </summary>
public sealed class BackOffice(IEnumerable<IAdminCatalogue> catalogues)
{
    public IReadOnlyList<IAdminCatalogue> Catalogues { get; } = catalogues.OrderBy(c => c.Module, StringComparer.Ordinal).ToList();

    public async Task<(IAdminCatalogue Catalogue, AdminEntity Entity)?> FindAsync(string module, string entity, CancellationToken cancellationToken)
    {
        var catalogue = Catalogues.FirstOrDefault(c => string.Equals(c.Module, module, StringComparison.OrdinalIgnoreCase));
        if (catalogue is null)
        {
            return null;
        }

        var found = (await catalogue.ListEntitiesAsync(cancellationToken)).FirstOrDefault(e => string.Equals(e.Name, entity, StringComparison.Ordinal));
        return found is null ? null : (catalogue, found);
    }

    /// <summary>Starts auditing the signed-in user's changes made in this process; dispose to stop.</summary>
    public static IDisposable AuditAs(ClaimsPrincipal user) =>
        AuditActor.Begin(new AuditActor(user.GetUserId(), user.Username() ?? "unknown"));

    /// <summary>
    /// A row's key as its page's route gives it. The server leaves an escaped slash escaped in a path (a key such as
    /// <c>/sitemap.xml</c> arrives as <c>%2Fsitemap.xml</c>), so it is turned back here.
    /// </summary>
    public static string KeyFromRoute(string key) => key.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    public static string EntityUrl(string module, string entity) => $"/admin/data/{module}/{entity}";

    public static string RowUrl(string module, string entity, string key) => $"{EntityUrl(module, entity)}/{Uri.EscapeDataString(key)}";

    public static string EditUrl(string module, string entity, string? key) =>
        key is null ? $"{EntityUrl(module, entity)}/new" : $"{RowUrl(module, entity, key)}/edit";
}
