using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class ArticlePage
{
    /// <summary>One page of the filtered articles, newest first, with the total that matched.</summary>
    public static async Task<ArticleList> LoadAsync(
        IQueryable<Article> articles, Paging paging, long? readerId, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var total = await articles.CountAsync(cancellationToken);
        var rows = await ArticleViewBuilder.SelectRows(articles
                .OrderByDescending(a => a.CreatedAt)
                .ThenByDescending(a => a.Id)
                .Skip(paging.Offset)
                .Take(paging.Limit))
            .ToListAsync(cancellationToken);

        return new ArticleList(await views.SummariesAsync(rows, readerId, cancellationToken), total);
    }
}
