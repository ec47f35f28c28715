using Inkwell.Content.Contracts;
using Inkwell.Platform.Api;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Articles;

internal static class ArticlePage
{
    public static readonly ArticleList Empty = new([], 0);

    /// <summary>One page of the selected articles, newest first, with the total that matched: two statements in all.</summary>
    public static async Task<ArticleList> LoadAsync(
        ArticleSelection selection, Paging paging, long? readerId, ArticleViewBuilder views, CancellationToken cancellationToken)
    {
        var total = await selection.CountAsync(cancellationToken);
        var articles = await views.Summaries(selection.Page(paging), readerId).ToListAsync(cancellationToken);
        return new ArticleList(articles, total);
    }
}
