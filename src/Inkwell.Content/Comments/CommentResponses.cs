using Inkwell.Content.Contracts;

namespace Inkwell.Content.Comments;

internal sealed record CommentResponse(CommentView Comment);

internal sealed record CommentsResponse(IReadOnlyList<CommentView> Comments);
