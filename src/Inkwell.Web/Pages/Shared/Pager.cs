using Inkwell.Platform.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Inkwell.Web.Pages.Shared;

/// <summary>Page numbers for a list, keeping the other query parameters of the current URL.</summary>
public sealed class Pager(int page, int totalItems, HttpRequest request)
{
    public const int PageSize = 10;

    // Pages beyond this are reachable through the API; the site keeps its links short.
    private const int MaxPages = 50;

    public int Page { get; } = page;

    public int PageCount { get; } = Math.Min(MaxPages, (int)Math.Ceiling(totalItems / (double)PageSize));

    public static int Normalize(int? page) => Math.Clamp(page ?? 1, 1, MaxPages);

    public static Paging PagingFor(int page) => new(PageSize, (page - 1) * PageSize);

    public string UrlFor(int page)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        var builder = new QueryBuilder(query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))));
        if (page > 1)
        {
            builder.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return request.Path + builder.ToQueryString().Value;
    }
}
