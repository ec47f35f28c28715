using Inkwell.Content.Data;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Platform.Messaging;

namespace Inkwell.Content.Authors;

/// <summary>A changed username, bio or image shows on the author's articles and comments.</summary>
internal sealed class CopyProfileUpdate(ContentDbContext db) : IEventHandler<ProfileUpdated>
{
    public Task HandleAsync(ProfileUpdated updated, CancellationToken cancellationToken) =>
        AuthorCopy.UpsertAsync(db, updated.UserId, updated.Username, updated.Bio, updated.Image, updated.UpdatedAt, cancellationToken);
}
