namespace Inkwell.Worker.Mail;

/// <summary>The <c>Mail</c> configuration section.</summary>
internal sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Inkwell <no-reply@inkwell.localhost>";

    /// <summary>The site's public address, for the links in a mail (a mail is not an answer to a request, so there is no host to copy).</summary>
    public string SiteUrl { get; set; } = "http://localhost:5000";

    /// <summary>Where mail goes as .eml files when no SMTP server is configured. Empty: <c>&lt;data folder&gt;/mail</c>.</summary>
    public string PickupPath { get; set; } = "";

    public SmtpOptions Smtp { get; set; } = new();
}

internal sealed class SmtpOptions
{
    /// <summary>Empty: no server, mail is written to the pickup folder.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary><c>Auto</c> (TLS when the server offers it), <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c>.</summary>
    public string Security { get; set; } = "Auto";
}
