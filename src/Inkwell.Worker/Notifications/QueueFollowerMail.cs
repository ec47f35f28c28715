using Inkwell.Identity.Contracts.Events;
using Inkwell.Platform.Messaging;
using Inkwell.Worker.Jobs;

namespace Inkwell.Worker.Notifications;

/// <summary>
/// A new follower is worth a mail to the one followed. The handler only queues the job, in the same transaction as
/// the inbox row, so the event is handled once and the mail is sent (and retried) by the runner, not by the relay.
/// </summary>
internal sealed class QueueFollowerMail(JobQueue queue) : IEventHandler<UserFollowed>
{
    public Task HandleAsync(UserFollowed followed, CancellationToken cancellationToken)
    {
        queue.Enqueue(SendFollowerMail.JobName, new SendFollowerMail.Payload(followed.FollowerId, followed.FolloweeId));
        return Task.CompletedTask;
    }
}
