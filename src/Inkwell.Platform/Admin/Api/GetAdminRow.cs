using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Admin.Api;

internal static class GetAdminRow
{
    public static async Task<Results<Ok<AdminRowResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string entity, string? key, IAdminCatalogue catalogue, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            return ApiErrors.Invalid(new ValidationErrors().Add("key", "is required"));
        }

        var result = await catalogue.FindAsync(entity, key, cancellationToken);
        return result.Value is { } row ? TypedResults.Ok(new AdminRowResponse(row)) : ApiErrors.From(result);
    }
}
