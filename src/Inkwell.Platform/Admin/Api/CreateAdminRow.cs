using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Admin.Api;

internal static class CreateAdminRow
{
    public static async Task<Results<Created<AdminRowResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string entity, AdminValuesRequest body, IAdminCatalogue catalogue, CancellationToken cancellationToken)
    {
        if (body.Values is null)
        {
            return ApiErrors.MissingEnvelope("values");
        }

        var result = await catalogue.CreateAsync(entity, body.Values, cancellationToken);
        return result.Value is { } row
            ? TypedResults.Created($"{AdminApi.PrefixOf(catalogue.Module)}/entities/{entity}/row?key={Uri.EscapeDataString(row.Key)}", new AdminRowResponse(row))
            : ApiErrors.From(result);
    }
}
