using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Inkwell.Platform.Admin.Api;

internal static class ListAuditEntries
{
    public static async Task<Results<Ok<AuditEntriesResponse>, JsonHttpResult<ErrorResponse>>> HandleAsync(
        string? entity, string? actor, string? limit, string? offset, IAdminCatalogue catalogue, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = Paging.Parse(limit, offset, errors);
        if (errors.Any)
        {
            return ApiErrors.Invalid(errors);
        }

        var page = await catalogue.ListAuditAsync(new AuditQuery(paging, entity, actor), cancellationToken);
        return TypedResults.Ok(new AuditEntriesResponse(page.Entries, page.Total));
    }
}
