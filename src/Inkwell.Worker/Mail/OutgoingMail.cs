namespace Inkwell.Worker.Mail;

/// <summary>A mail to one user, with the link that unsubscribes them from every mail like it.</summary>
internal sealed record OutgoingMail(string ToName, string ToAddress, string Subject, string TextBody, string HtmlBody, Uri UnsubscribeLink);
