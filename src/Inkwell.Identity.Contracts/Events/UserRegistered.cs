namespace Inkwell.Identity.Contracts.Events;

/// <summary>A new account exists; modules that show people keep their own copy of its public profile.</summary>
public sealed record UserRegistered(long UserId, string Username, string? Bio, string? Image, DateTime UpdatedAt);
