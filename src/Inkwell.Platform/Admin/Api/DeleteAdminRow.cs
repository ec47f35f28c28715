using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Admin.Api;

internal static class DeleteAdminRow
{
    public static async Task<Results<NoContent, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string entity, string? key, IAdminCatalogue catalogue, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            return ApiErrors.Invalid(new ValidationErrors().Add("key", "is required"));
        }

        var result = await catalogue.DeleteAsync(entity, key, cancellationToken);
        return result.Succeeded ? TypedResults.NoContent() : ApiErrors.From(result);
    }
}
