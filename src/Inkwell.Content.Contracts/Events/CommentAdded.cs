namespace Inkwell.Content.Contracts.Events;

/// <summary>Someone commented on an article; carries what a notification about it shows.</summary>
public sealed record CommentAdded(
    long CommentId, long CommenterId, string Body, DateTime CreatedAt, string ArticleSlug, string ArticleTitle, long ArticleAuthorId);
