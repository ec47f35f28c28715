using Inkwell.Content.Contracts.Events;
using Inkwell.Identity.Contracts;
using Inkwell.Worker.Jobs;
using Inkwell.Worker.Mail;

namespace Inkwell.Worker.Notifications;

/// <summary>"Someone commented on your article", quoting the start of the comment.</summary>
internal sealed class SendCommentMail(IMailPreferences preferences, MailLayout layout, MailSender sender) : BackgroundJob<CommentAdded>
{
    public const string JobName = "mail-comment";

    private const int QuoteLength = 300;

    public override string Name => JobName;

    protected override async Task RunAsync(CommentAdded comment, CancellationToken cancellationToken)
    {
        var recipient = await preferences.GetRecipientAsync(comment.ArticleAuthorId, cancellationToken);
        var commenter = await preferences.GetRecipientAsync(comment.CommenterId, cancellationToken);
        if (recipient is not { EmailNotifications: true } || commenter is null)
        {
            return;
        }

        var quote = comment.Body.Length > QuoteLength ? comment.Body[..QuoteLength] + "…" : comment.Body;
        await sender.SendAsync(await layout.ComposeAsync(recipient, $"{commenter.Username} commented on \"{comment.ArticleTitle}\"",
        [
            ($"{commenter.Username} commented on your article \"{comment.ArticleTitle}\":", null),
            ($"“{quote}”", null),
            ("Read and reply", $"/article/{Uri.EscapeDataString(comment.ArticleSlug)}"),
        ], cancellationToken), cancellationToken);
    }
}
