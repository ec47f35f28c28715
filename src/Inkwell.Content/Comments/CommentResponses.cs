using Inkwell.Content.Contracts;
using Inkwell.Content.Data;

namespace Inkwell.Content.Comments;

internal sealed record CommentResponse(CommentView Comment);

internal sealed record CommentsResponse(IReadOnlyList<CommentView> Comments);

internal static class CommentViews
{
    public static CommentView From(Comment comment, Author author) => new(comment.Id, comment.CreatedAt, comment.UpdatedAt, comment.Body, author);
}
