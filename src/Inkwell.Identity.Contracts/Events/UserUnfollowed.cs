namespace Inkwell.Identity.Contracts.Events;

/// <summary>Someone stopped following someone.</summary>
public sealed record UserUnfollowed(long FollowerId, long FolloweeId);
