using Inkwell.Platform.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Inkwell.Platform.Admin.Api;

/// <summary>
/// A module's back office over HTTP, at <c>/api/admin/{module}</c>: its catalogue for admins, and whatever the module adds
/// to the group it returns (accounts, moderation, jobs). Every change made through it is audited as the caller: the user
/// id and name of the access token sent, so a change the website makes on someone's behalf names that person.
/// </summary>
public static class AdminApi
{
    public const string Tag = "Back office (not in the RealWorld API)";

    public static string PrefixOf(string module) => $"/api/admin/{module}";

    /// <summary>Maps the catalogue of <paramref name="module"/> (registered by <see cref="AdminSetup.AddAdminCatalogue{TContext}"/>).</summary>
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder endpoints, string module)
    {
        var group = endpoints.MapGroup(PrefixOf(module)).WithTags(Tag).RequireAuthorization(Policies.Moderator).AddEndpointFilter<AuditedAsCaller>();
        var data = group.MapGroup("").RequireAuthorization(Policies.Admin);
        data.MapGet("/entities", (HttpContext http, CancellationToken cancellationToken) =>
                ListAdminEntities.HandleAsync(Catalogue(http, module), cancellationToken))
            .WithName($"ListAdminEntities-{module}").WithSummary($"The {module} module's entities and their columns");
        data.MapGet("/entities/{entity}/rows", (string entity, HttpRequest request, CancellationToken cancellationToken) =>
                ListAdminRows.HandleAsync(entity, request, Catalogue(request.HttpContext, module), cancellationToken))
            .WithName($"ListAdminRows-{module}")
            .WithDescription("`?limit=&offset=&search=&sort=Column|-Column&filter.Column=value`: text columns match what contains the value, others equal it.");
        data.MapGet("/entities/{entity}/row", (string entity, string? key, HttpContext http, CancellationToken cancellationToken) =>
                GetAdminRow.HandleAsync(entity, key, Catalogue(http, module), cancellationToken))
            .WithName($"GetAdminRow-{module}").WithDescription("`?key=` the row's key as the list gives it (`12`, or `3,7` for a key of two columns).");
        data.MapPost("/entities/{entity}/rows", (string entity, AdminValuesRequest body, HttpContext http, CancellationToken cancellationToken) =>
                CreateAdminRow.HandleAsync(entity, body, Catalogue(http, module), cancellationToken))
            .WithName($"CreateAdminRow-{module}").WithDescription("Send `{\"values\":{\"Column\":\"text\",...}}`, every value as text.");
        data.MapPut("/entities/{entity}/row", (string entity, string? key, AdminValuesRequest body, HttpContext http, CancellationToken cancellationToken) =>
                UpdateAdminRow.HandleAsync(entity, key, body, Catalogue(http, module), cancellationToken))
            .WithName($"UpdateAdminRow-{module}").WithDescription("`?key=`; send `{\"values\":{...}}` with the columns to change.");
        data.MapDelete("/entities/{entity}/row", (string entity, string? key, HttpContext http, CancellationToken cancellationToken) =>
                DeleteAdminRow.HandleAsync(entity, key, Catalogue(http, module), cancellationToken))
            .WithName($"DeleteAdminRow-{module}");
        data.MapGet("/audit", (string? entity, string? actor, string? limit, string? offset, HttpContext http, CancellationToken cancellationToken) =>
                ListAuditEntries.HandleAsync(entity, actor, limit, offset, Catalogue(http, module), cancellationToken))
            .WithName($"ListAuditEntries-{module}").WithSummary($"The {module} module's audit log, newest first");
        return group;
    }

    private static IAdminCatalogue Catalogue(HttpContext http, string module) => http.RequestServices.GetRequiredKeyedService<IAdminCatalogue>(module);
}
