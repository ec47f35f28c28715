using Inkwell.Content.Data;
using Inkwell.Identity.Contracts.Events;
using Inkwell.Platform.Messaging;

namespace Inkwell.Content.Authors;

/// <summary>A new account becomes a known author, so its articles show its name without asking Identity.</summary>
internal sealed class CopyRegisteredUser(ContentDbContext db) : IEventHandler<UserRegistered>
{
    public Task HandleAsync(UserRegistered registered, CancellationToken cancellationToken) =>
        AuthorCopy.UpsertAsync(db, registered.UserId, registered.Username, registered.Bio, registered.Image, registered.UpdatedAt, cancellationToken);
}
