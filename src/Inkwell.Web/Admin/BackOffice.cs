using System.Security.Claims;
using Inkwell.Platform.Admin;
using Inkwell.Platform.Auth;
using Inkwell.Web.Auth;

namespace Inkwell.Web.Admin;

/// <summary>The modules' catalogues as the back office pages use them, and the actor every change there is audited under.</summary>
public sealed class BackOffice(IEnumerable<IAdminCatalogue> catalogues)
{
    public IReadOnlyList<IAdminCatalogue> Catalogues { get; } = catalogues.OrderBy(c => c.Module, StringComparer.Ordinal).ToList();

    public (IAdminCatalogue Catalogue, AdminEntity Entity)? Find(string module, string entity)
    {
        var catalogue = Catalogues.FirstOrDefault(c => string.Equals(c.Module, module, StringComparison.OrdinalIgnoreCase));
        var found = catalogue?.Entities.FirstOrDefault(e => string.Equals(e.Name, entity, StringComparison.Ordinal));
        return catalogue is null || found is null ? null : (catalogue, found);
    }

    /// <summary>Starts auditing the signed-in user's changes; dispose to stop.</summary>
    public static IDisposable AuditAs(ClaimsPrincipal user) =>
        AuditActor.Begin(new AuditActor(user.GetUserId(), user.Username() ?? "unknown"));

    public static string EntityUrl(string module, string entity) => $"/admin/data/{module}/{entity}";

    public static string RowUrl(string module, string entity, string key) => $"{EntityUrl(module, entity)}/{Uri.EscapeDataString(key)}";

    public static string EditUrl(string module, string entity, string? key) =>
        key is null ? $"{EntityUrl(module, entity)}/new" : $"{RowUrl(module, entity, key)}/edit";
}
