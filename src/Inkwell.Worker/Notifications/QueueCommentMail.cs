using Inkwell.Content.Contracts.Events;
using Inkwell.Platform.Messaging;
using Inkwell.Worker.Jobs;

namespace Inkwell.Worker.Notifications;

/// <summary>A comment on someone's article is worth a mail to its author, unless they wrote the comment themselves.</summary>
internal sealed class QueueCommentMail(JobQueue queue) : IEventHandler<CommentAdded>
{
    public Task HandleAsync(CommentAdded comment, CancellationToken cancellationToken)
    {
        if (comment.CommenterId != comment.ArticleAuthorId)
        {
            queue.Enqueue(SendCommentMail.JobName, comment);
        }

        return Task.CompletedTask;
    }
}
