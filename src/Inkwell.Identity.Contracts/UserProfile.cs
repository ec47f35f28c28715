namespace Inkwell.Identity.Contracts;

/// <summary>A user's public profile as a particular reader sees it.</summary>
public sealed record UserProfile(string Username, string? Bio, string? Image, bool Following);
