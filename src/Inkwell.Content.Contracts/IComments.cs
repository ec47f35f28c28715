using Inkwell.Platform.Api;

namespace Inkwell.Content.Contracts;

public interface IComments
{
    /// <summary>Oldest first, as a conversation reads.</summary>
    Task<Result<IReadOnlyList<CommentView>>> ListAsync(string slug, long? readerId, CancellationToken cancellationToken);

    Task<Result<CommentView>> AddAsync(long authorId, string slug, string? body, CancellationToken cancellationToken);

    /// <summary>Only the comment's author may delete it.</summary>
    Task<Result<long>> DeleteAsync(long userId, string slug, long commentId, CancellationToken cancellationToken);
}
