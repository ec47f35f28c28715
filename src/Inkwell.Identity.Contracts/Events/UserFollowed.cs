namespace Inkwell.Identity.Contracts.Events;

/// <summary>Someone started following someone.</summary>
public sealed record UserFollowed(long FollowerId, long FolloweeId);
