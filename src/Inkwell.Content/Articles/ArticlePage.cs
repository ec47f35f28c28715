using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class ArticlePage
{
    public static readonly ArticleList Empty = new([], 0);

    /// <summary>One page of the selected articles, newest first, with the total that matched.</summary>
    public static async Task<ArticleList> LoadAsync(
        ArticleSelection selection, Paging paging, long? readerId, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var total = await selection.CountAsync(cancellationToken);
        var rows = await ArticleViewBuilder.SelectRows(selection.Articles
                .OrderByDescending(a => a.CreatedAt)
                .ThenByDescending(a => a.Id)
                .Skip(paging.Offset)
                .Take(paging.Limit))
            .ToListAsync(cancellationToken);

        return new ArticleList(await views.SummariesAsync(rows, readerId, cancellationToken), total);
    }
}
