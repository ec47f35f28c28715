namespace Inkwell.Content.Data;

/// <summary>Content's copy of who follows whom, fed by Identity's UserFollowed and UserUnfollowed events; the feed reads it.</summary>
internal sealed class AuthorFollow
{
    public long FollowerId { get; set; }

    public long FolloweeId { get; set; }
}
