using Inkwell.Identity.Contracts;
using Inkwell.Worker.Jobs;
using Inkwell.Worker.Mail;

namespace Inkwell.Worker.Notifications;

/// <summary>"Someone followed you". Address, name and preference are read now, so a mail switched off while queued is not sent.</summary>
internal sealed class SendFollowerMail(IMailPreferences preferences, MailLayout layout, MailSender sender) : BackgroundJob<SendFollowerMail.Payload>
{
    public const string JobName = "mail-new-follower";

    internal sealed record Payload(long FollowerId, long FolloweeId);

    public override string Name => JobName;

    protected override async Task RunAsync(Payload payload, CancellationToken cancellationToken)
    {
        var recipient = await preferences.GetRecipientAsync(payload.FolloweeId, cancellationToken);
        var follower = await preferences.GetRecipientAsync(payload.FollowerId, cancellationToken);
        if (recipient is not { EmailNotifications: true } || follower is null)
        {
            return;
        }

        var profile = $"/profile/{Uri.EscapeDataString(follower.Username)}";
        await sender.SendAsync(await layout.ComposeAsync(recipient, $"{follower.Username} is now following you on Inkwell",
        [
            ($"{follower.Username} started following you. Their articles and profile:", profile),
        ], cancellationToken), cancellationToken);
    }
}
