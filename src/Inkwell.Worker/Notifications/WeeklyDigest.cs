using System.Globalization;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Jobs;
using Inkwell.Worker.Data;
using Inkwell.Worker.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Inkwell.Worker.Notifications;

/// <summary>
/// The weekly digest's fan-out: one queued mail job per subscribed user. Each carries a key of user and ISO week,
/// so running this twice in a week (an operator's <c>jobs run</c>, a retry) queues nobody twice.
/// </summary>
internal sealed class WeeklyDigest(IMailPreferences preferences, WorkerDbContext db, JobQueue queue, TimeProvider clock) : IScheduledJob
{
    public const string Name = "weekly-digest";

    private const int PageSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var week = $"{ISOWeek.GetYear(now)}-W{ISOWeek.GetWeekOfYear(now):00}";
        var after = 0L;
        while (true)
        {
            var page = await preferences.ListSubscribedAsync(after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return;
            }

            var keys = page.Select(r => KeyOf(r.UserId, week)).ToList();
            var queued = await db.Jobs.Where(j => keys.Contains(j.DeduplicationKey!)).Select(j => j.DeduplicationKey).ToListAsync(cancellationToken);
            foreach (var recipient in page.Where(r => !queued.Contains(KeyOf(r.UserId, week))))
            {
                queue.Enqueue(SendDigestMail.JobName, new SendDigestMail.Payload(recipient.UserId, now), KeyOf(recipient.UserId, week));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            after = page[^1].UserId;
        }
    }

    private static string KeyOf(long userId, string week) => $"digest:{userId}:{week}";
}
