using Inkwell.Identity.Contracts;
using Inkwell.Platform.Jobs;

namespace Inkwell.Worker.Maintenance;

/// <summary>Nightly: Identity deletes the refresh tokens that can no longer be accepted. Sessions are cookies, so there are none to purge.</summary>
internal sealed class PurgeRefreshTokens(ISessionMaintenance sessions) : IScheduledJob
{
    public const string Name = "purge-refresh-tokens";

    public Task RunAsync(CancellationToken cancellationToken) => sessions.PurgeRefreshTokensAsync(cancellationToken);
}
