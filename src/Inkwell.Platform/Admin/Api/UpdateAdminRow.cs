using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Admin.Api;

internal static class UpdateAdminRow
{
    public static async Task<Results<Ok<AdminRowResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string entity, string? key, AdminValuesRequest body, IAdminCatalogue catalogue, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(key))
        {
            errors.Add("key", "is required");
        }

        if (body.Values is null)
        {
            errors.Add("values", "is required");
        }

        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        var result = await catalogue.UpdateAsync(entity, key!, body.Values!, cancellationToken);
        return result.Value is { } row ? TypedResults.Ok(new AdminRowResponse(row)) : ApiErrors.From(result);
    }
}
