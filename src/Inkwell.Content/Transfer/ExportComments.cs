using System.Runtime.CompilerServices;
using Inkwell.Content.Contracts;
using Inkwell.Content.Data;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Content.Transfer;

/// <summary>Every comment, oldest first, streamed, with its article's slug and its author's username.</summary>
internal static class ExportComments
{
    public static async IAsyncEnumerable<CommentRecord> ExecuteAsync(ContentDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var comments =
            (from comment in db.Comments.AsNoTracking()
             join article in db.Articles on comment.ArticleId equals article.Id
             orderby comment.Id
             select new CommentRecord(
                 article.Slug,
                 db.Authors.Where(author => author.Id == comment.AuthorId).Select(author => author.Username).FirstOrDefault(),
                 comment.Body,
                 comment.CreatedAt))
            .AsAsyncEnumerable()
            .WithCancellation(cancellationToken);
        await foreach (var comment in comments)
        {
            yield return comment;
        }
    }
}
