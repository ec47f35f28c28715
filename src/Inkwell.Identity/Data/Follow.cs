namespace Inkwell.Identity.Data;

internal sealed class Follow
{
    public long FollowerId { get; set; }

    public long FolloweeId { get; set; }

    public DateTime CreatedAt { get; set; }
}
