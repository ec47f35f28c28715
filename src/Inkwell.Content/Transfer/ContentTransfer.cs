using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Inkwell.Platform.Transfer;

namespace Inkwell.Content.Transfer;

/// <summary>Content's bulk transfer contract; each call is one use case.</summary>
internal sealed class ContentTransfer(ContentDbContext db, TimeProvider clock) : IContentTransfer
{
    public IAsyncEnumerable<ArticleRecord> ExportArticlesAsync(CancellationToken cancellationToken) => ExportArticles.ExecuteAsync(db, cancellationToken);

    public IAsyncEnumerable<CommentRecord> ExportCommentsAsync(CancellationToken cancellationToken) => ExportComments.ExecuteAsync(db, cancellationToken);

    public Task<BatchOutcome> ImportArticlesAsync(IReadOnlyList<ArticleRecord> rows, ImportMode mode, CancellationToken cancellationToken) =>
        ImportArticles.ExecuteAsync(rows, mode, db, clock, cancellationToken);

    public Task<BatchOutcome> ImportCommentsAsync(IReadOnlyList<CommentRecord> rows, ImportMode mode, CancellationToken cancellationToken) =>
        ImportComments.ExecuteAsync(rows, mode, db, clock, cancellationToken);
}
