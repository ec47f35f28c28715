using Inkwell.Content.Contracts;
using Inkwell.Identity.Contracts;
using Inkwell.Platform.Api;
using Inkwell.Worker.Jobs;
using Inkwell.Worker.Mail;

namespace Inkwell.Worker.Notifications;

/// <summary>One user's digest: the newest articles of the week from the people they follow. No articles, no mail.</summary>
internal sealed class SendDigestMail(IMailPreferences preferences, IFeeds feeds, MailLayout layout, MailSender sender)
    : BackgroundJob<SendDigestMail.Payload>
{
    public const string JobName = "mail-weekly-digest";

    private const int MaxArticles = 10;

    internal sealed record Payload(long UserId, DateTime WeekEnding);

    public override string Name => JobName;

    protected override async Task RunAsync(Payload payload, CancellationToken cancellationToken)
    {
        var recipient = await preferences.GetRecipientAsync(payload.UserId, cancellationToken);
        if (recipient is not { EmailNotifications: true })
        {
            return;
        }

        var since = payload.WeekEnding.AddDays(-7);
        var feed = await feeds.FeedAsync(payload.UserId, new Paging(MaxArticles, 0), cancellationToken);
        var week = feed.Articles.Where(a => a.CreatedAt > since && a.CreatedAt <= payload.WeekEnding).ToList();
        if (week.Count == 0)
        {
            return;
        }

        await sender.SendAsync(await layout.ComposeAsync(recipient, $"Your week on Inkwell: {week.Count} new article{(week.Count == 1 ? "" : "s")}",
        [
            ("New from the people you follow this week:", null),
            .. week.Select(a => ($"{a.Title} — by {a.Author.Username}", (string?)$"/article/{Uri.EscapeDataString(a.Slug)}")),
        ], cancellationToken), cancellationToken);
    }
}
