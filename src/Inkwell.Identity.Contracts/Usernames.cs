namespace Inkwell.Identity.Contracts;

/// <summary>Usernames are unique regardless of case and surrounding spaces; every module compares them the same way.</summary>
public static class Usernames
{
    public static string Normalize(string value) => value.Trim().ToLowerInvariant();
}
