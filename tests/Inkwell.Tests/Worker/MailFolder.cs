using Inkwell.Tests.Services.Infrastructure;
using MimeKit;

namespace Inkwell.Tests.Worker;

/// <summary>Reads the .eml files the worker writes to its pickup folder, as a mail program would open them.</summary>
internal static class MailFolder
{
    public static IReadOnlyList<MimeMessage> To(string folder, string address) =>
        !Directory.Exists(folder)
            ? []
            : [.. Directory.GetFiles(folder, "*.eml").Select(file => MimeMessage.Load(file))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public static async Task<MimeMessage> WaitForAsync(string folder, string address, Func<MimeMessage, bool> matches)
    {
        MimeMessage? found = null;
        await Eventually.HoldsAsync(() =>
        {
            found = To(folder, address).FirstOrDefault(matches);
            return Task.FromResult(found is not null);
        }, WorkerTestExtensions.Timeout, $"a mail to {address}");
        return found!;
    }

    /// <summary>The unsubscribe link of a mail, as its List-Unsubscribe header carries it.</summary>
    public static Uri UnsubscribeLink(MimeMessage mail) => new(mail.Headers[HeaderId.ListUnsubscribe]!.Trim().Trim('<', '>'));
}
