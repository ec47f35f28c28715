using Inkwell.Platform.Data;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Inkwell.Worker.Mail;

/// <summary>
/// Sends over SMTP when <c>Mail:Smtp:Host</c> is set; otherwise writes each message as an .eml file to the pickup
/// folder, so a fresh install needs no mail server and what it would have sent can be opened in any mail program.
/// </summary>
internal sealed class MailSender(IOptions<MailOptions> options, DataFolder dataFolder, TimeProvider clock)
{
    public string PickupFolder => options.Value.PickupPath is { Length: > 0 } path ? Path.GetFullPath(path) : Path.Combine(dataFolder.Path, "mail");

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        using var message = Compose(mail);
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            Directory.CreateDirectory(PickupFolder);
            var file = Path.Combine(PickupFolder, $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml");

            // Written aside and renamed, so whoever reads the folder (a mail program, a relay, another process) never
            // opens a message still being written.
            var partial = file + ".partial";
            await message.WriteToAsync(partial, cancellationToken);
            File.Move(partial, file);
            return;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, Enum.Parse<SecureSocketOptions>(SecurityOption(smtp.Security)), cancellationToken);
        if (smtp.Username.Length > 0)
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private MimeMessage Compose(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
        message.Subject = mail.Subject;
        message.Date = clock.GetUtcNow();
        // Mail programs show their own unsubscribe button from this header (RFC 2369).
        message.Headers.Add(HeaderId.ListUnsubscribe, $"<{mail.UnsubscribeLink}>");
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }

    private static string SecurityOption(string configured) => configured.Trim().ToLowerInvariant() switch
    {
        "starttls" => nameof(SecureSocketOptions.StartTls),
        "sslonconnect" => nameof(SecureSocketOptions.SslOnConnect),
        "none" => nameof(SecureSocketOptions.None),
        _ => nameof(SecureSocketOptions.Auto),
    };
}
