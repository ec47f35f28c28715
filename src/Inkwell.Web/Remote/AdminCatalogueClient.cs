using Inkwell.Platform.Admin;
using Inkwell.Platform.Admin.Api;
using Inkwell.Platform.Api;
using Inkwell.Platform.Remote;

namespace Inkwell.Web.Remote;

/// <summary>
/// A module's back office catalogue over its admin API (<c>/api/admin/{module}</c>), for a website that runs without the
/// module. Every call carries the signed-in admin's own access token, so the module checks their role and its audit log
/// names them.
/// </summary>
internal sealed class AdminCatalogueClient(ModuleHttp http, string module, SiteTokens tokens) : IAdminCatalogue
{
    public string Module => module;

    public async Task<IReadOnlyList<AdminEntity>> ListEntitiesAsync(CancellationToken cancellationToken) =>
        (await http.GetAsync<AdminEntitiesResponse>(Path("entities"), await tokens.ForSignedInAsync(), cancellationToken)).Entities;

    public async Task<Result<AdminPage>> ListAsync(string entity, AdminQuery query, CancellationToken cancellationToken)
    {
        var parameters = new List<(string, string?)>
        {
            ("limit", query.Paging.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("offset", query.Paging.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("search", query.Search),
            ("sort", query.Sort),
        };
        parameters.AddRange(query.Filters.Select(f => ("filter." + f.Key, (string?)f.Value)));
        return await http.SendAsync<AdminRowsResponse, AdminPage>(
            HttpMethod.Get, RowsPath(entity) + ModuleHttp.Query(parameters), null, await tokens.ForSignedInAsync(),
            answer => new AdminPage(answer.Rows, answer.Total), cancellationToken);
    }

    public async Task<Result<AdminRow>> FindAsync(string entity, string key, CancellationToken cancellationToken) =>
        await http.SendAsync<AdminRowResponse, AdminRow>(
            HttpMethod.Get, RowPath(entity, key), null, await tokens.ForSignedInAsync(), answer => answer.Row, cancellationToken);

    public async Task<Result<AdminRow>> CreateAsync(string entity, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken) =>
        await http.SendAsync<AdminRowResponse, AdminRow>(
            HttpMethod.Post, RowsPath(entity), Values(values), await tokens.ForSignedInAsync(), answer => answer.Row, cancellationToken);

    public async Task<Result<AdminRow>> UpdateAsync(
        string entity, string key, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken) =>
        await http.SendAsync<AdminRowResponse, AdminRow>(
            HttpMethod.Put, RowPath(entity, key), Values(values), await tokens.ForSignedInAsync(), answer => answer.Row, cancellationToken);

    public async Task<Result<string>> DeleteAsync(string entity, string key, CancellationToken cancellationToken) =>
        await http.SendForStatusAsync(HttpMethod.Delete, RowPath(entity, key), null, await tokens.ForSignedInAsync(), key, cancellationToken);

    /// <summary>The API answers at most <see cref="Paging.MaxLimit"/> entries a call, so a longer stretch is read in pages.</summary>
    public async Task<AuditPage> ListAuditAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        var entries = new List<AuditRecord>();
        var total = 0;
        do
        {
            var limit = Math.Min(Paging.MaxLimit, query.Paging.Limit - entries.Count);
            var parameters = ModuleHttp.Query(
            [
                ("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("offset", (query.Paging.Offset + entries.Count).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("entity", query.Entity),
                ("actor", query.Actor),
            ]);
            var answer = await http.GetAsync<AuditEntriesResponse>(Path("audit") + parameters, await tokens.ForSignedInAsync(), cancellationToken);
            entries.AddRange(answer.Entries);
            total = answer.Total;
            if (answer.Entries.Count < limit)
            {
                break;
            }
        }
        while (entries.Count < query.Paging.Limit);

        return new AuditPage(entries, total);
    }

    private static AdminValuesRequest Values(IReadOnlyDictionary<string, string?> values) => new(new Dictionary<string, string?>(values, StringComparer.Ordinal));

    private string Path(string rest) => $"{AdminApi.PrefixOf(module).TrimStart('/')}/{rest}";

    private string RowsPath(string entity) => Path($"entities/{Uri.EscapeDataString(entity)}/rows");

    private string RowPath(string entity, string key) => Path($"entities/{Uri.EscapeDataString(entity)}/row") + ModuleHttp.Query([("key", key)]);
}
