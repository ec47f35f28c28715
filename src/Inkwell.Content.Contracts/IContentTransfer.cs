using Inkwell.Platform.Transfer;

namespace Inkwell.Content.Contracts;

/// <summary>
/// An article as export writes and import reads it: its author by username and its tags in the author's order.
/// Fields are nullable because an imported row may lack any of them; a missing slug is made from the title.
/// </summary>
public sealed record ArticleRecord(
    string? Slug,
    string? Title,
    string? Description,
    string? Body,
    IReadOnlyList<string?>? TagList,
    string? Author,
    DateTime? CreatedAt,
    DateTime? UpdatedAt)
{
    /// <summary>The values that must be unique across articles: the slug, when the row gives one.</summary>
    public IEnumerable<(string Field, string Value)> UniqueKeys()
    {
        if (!string.IsNullOrWhiteSpace(Slug))
        {
            yield return ("slug", Slug.Trim());
        }
    }
}

/// <summary>A comment as export writes and import reads it: on an article by slug, by an author by username.</summary>
public sealed record CommentRecord(string? Article, string? Author, string? Body, DateTime? CreatedAt);

/// <summary>Articles and comments in and out of Content in bulk: <c>inkwell export</c> and <c>inkwell import</c>.</summary>
public interface IContentTransfer
{
    /// <summary>Every article, oldest first, read as a stream.</summary>
    IAsyncEnumerable<ArticleRecord> ExportArticlesAsync(CancellationToken cancellationToken);

    /// <summary>Every comment, oldest first, read as a stream.</summary>
    IAsyncEnumerable<CommentRecord> ExportCommentsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Checks every row with the API's rules for a new article (its author must be a known user, its slug well formed,
    /// free and not repeated within the batch) and, in <see cref="ImportMode.Write"/>, creates every article in one
    /// transaction when none is refused.
    /// </summary>
    Task<BatchOutcome> ImportArticlesAsync(IReadOnlyList<ArticleRecord> rows, ImportMode mode, CancellationToken cancellationToken);

    /// <summary>As <see cref="ImportArticlesAsync"/>, for comments: the article and the author must exist.</summary>
    Task<BatchOutcome> ImportCommentsAsync(IReadOnlyList<CommentRecord> rows, ImportMode mode, CancellationToken cancellationToken);
}
