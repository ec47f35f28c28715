namespace Inkwell.Identity.Contracts.Events;

/// <summary>
/// A user's public profile changed. <paramref name="UpdatedAt"/> orders updates: a copy ignores one older than what it holds.
/// </summary>
public sealed record ProfileUpdated(long UserId, string Username, string? Bio, string? Image, DateTime UpdatedAt);
