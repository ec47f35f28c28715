using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Admin.Api;

internal static class ListAdminRows
{
    /// <summary>The query parameters that filter one column each: <c>filter.Title=draft</c>.</summary>
    public const string FilterPrefix = "filter.";

    public static async Task<Results<Ok<AdminRowsResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string entity, HttpRequest request, IAdminCatalogue catalogue, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(request.Query["limit"], request.Query["offset"], errors);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        var filters = request.Query.Where(q => q.Key.StartsWith(FilterPrefix, StringComparison.Ordinal))
            .ToDictionary(q => q.Key[FilterPrefix.Length..], q => q.Value.ToString(), StringComparer.Ordinal);
        var query = new AdminQuery(paging, request.Query["search"].ToString() is { Length: > 0 } search ? search : null, filters,
            request.Query["sort"].ToString() is { Length: > 0 } sort ? sort : null);
        var result = await catalogue.ListAsync(entity, query, cancellationToken);
        return result.Value is { } page ? TypedResults.Ok(new AdminRowsResponse(page.Rows, page.Total)) : ApiErrors.From(result);
    }
}
