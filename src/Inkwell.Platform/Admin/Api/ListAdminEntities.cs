using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Admin.Api;

internal static class ListAdminEntities
{
    public static async Task<Ok<AdminEntitiesResponse>> HandleAsync(IAdminCatalogue catalogue, CancellationToken cancellationToken) =>
        TypedResults.Ok(new AdminEntitiesResponse(await catalogue.ListEntitiesAsync(cancellationToken)));
}
