namespace Inkwell.BrowserTests.Infrastructure;

/// <summary>Someone with an account on the site.</summary>
public sealed record Person(string Username, string Email, string Password)
{
    public const string DefaultPassword = "correct horse battery";

    public static Person New(string prefix = "reader")
    {
        var username = $"{prefix}{Guid.NewGuid().ToString("N")[..8]}";
        return new Person(username, $"{username}@example.com", DefaultPassword);
    }
}

/// <summary>What an author types into the editor.</summary>
public sealed record Draft(string Title, string Description, string Body, string Tags = "")
{
    public static Draft New(string body = "Some words worth reading.", string tags = "") =>
        new($"Notes {Guid.NewGuid().ToString("N")[..8]}", "A short article written by a test.", body, tags);
}
