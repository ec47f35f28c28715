using Inkwell.Platform.Api;

namespace Inkwell.Content.Contracts;

/// <summary>
/// What moderators do to content: hide an article or a comment from everyone but its author, and show it again.
/// An unknown slug or comment id is <see cref="FailureKind.NotFound"/>. Callers check the moderator policy.
/// </summary>
public interface IModeration
{
    /// <summary>Returns whether the article is now hidden.</summary>
    Task<Result<bool>> SetArticleHiddenAsync(string slug, bool hidden, CancellationToken cancellationToken);

    Task<Result<bool>> SetCommentHiddenAsync(long commentId, bool hidden, CancellationToken cancellationToken);
}
