using Inkwell.Content.Articles;
using Inkwell.Content.Data;

namespace Inkwell.Content.Comments;

internal sealed record CommentBody(long Id, DateTime CreatedAt, DateTime UpdatedAt, string Body, AuthorProfile Author)
{
    public static CommentBody From(Comment comment, AuthorProfile author) =>
        new(comment.Id, comment.CreatedAt, comment.UpdatedAt, comment.Body, author);
}

internal sealed record CommentResponse(CommentBody Comment);

internal sealed record CommentsResponse(IReadOnlyList<CommentBody> Comments);
