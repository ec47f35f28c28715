using System.Net;
using System.Text;
using Inkwell.Identity.Contracts;
using Microsoft.Extensions.Options;

namespace Inkwell.Worker.Mail;

/// <summary>
/// Wraps a notification's lines in the text and HTML every Inkwell mail shares: a greeting, the lines, and the
/// unsubscribe link, which is signed by Identity so it works without signing in.
/// </summary>
internal sealed class MailLayout(IOptions<MailOptions> options, IMailPreferences preferences)
{
    public Uri Link(string path) => new(new Uri(options.Value.SiteUrl.TrimEnd('/') + "/"), path.TrimStart('/'));

    /// <param name="lines">Each line's text and, optionally, a site path it links to.</param>
    public async Task<OutgoingMail> ComposeAsync(
        MailRecipient to, string subject, IReadOnlyList<(string Text, string? Path)> lines, CancellationToken cancellationToken)
    {
        var token = await preferences.CreateUnsubscribeTokenAsync(to.UserId, cancellationToken);
        var unsubscribe = Link($"/unsubscribe?token={Uri.EscapeDataString(token)}");
        var text = new StringBuilder($"Hello {to.Username},\n\n");
        var html = new StringBuilder($"<p>Hello {WebUtility.HtmlEncode(to.Username)},</p>\n");
        foreach (var (line, path) in lines)
        {
            text.Append(line).Append('\n');
            if (path is null)
            {
                html.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
            }
            else
            {
                text.Append(Link(path)).Append('\n');
                html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(Link(path).ToString())).Append("\">")
                    .Append(WebUtility.HtmlEncode(line)).Append("</a></p>\n");
            }
        }

        text.Append($"\nYou get this mail because e-mail notifications are on in your Inkwell settings. To stop them: {unsubscribe}\n");
        html.Append("<p style=\"color:#888\">You get this mail because e-mail notifications are on in your Inkwell settings. ")
            .Append($"<a href=\"{WebUtility.HtmlEncode(unsubscribe.ToString())}\">Unsubscribe</a>.</p>\n");
        return new OutgoingMail(to.Username, to.Email, subject, text.ToString(), html.ToString(), unsubscribe);
    }
}
