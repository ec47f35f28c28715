using Inkwell.Worker.Contracts;
using Inkwell.Worker.Data;
using Microsoft.Extensions.Options;

namespace Inkwell.Worker.Uptime;

internal sealed class UptimeService(WorkerDbContext db, IOptions<UptimeOptions> options) : IUptime
{
    public Task<IReadOnlyList<UptimeCheckStatus>> GetStatusAsync(int recent, CancellationToken cancellationToken) =>
        GetUptimeStatus.ExecuteAsync(recent, options.Value, db, cancellationToken);
}
