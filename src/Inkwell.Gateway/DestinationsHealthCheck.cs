using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Model;

namespace Inkwell.Gateway;

/// <summary>
/// The gateway's part of <c>/health/ready</c>: every instance of every cluster with what the active probe
/// and the live traffic say about it. The gateway stays ready while each cluster has an instance in
/// rotation; a cluster with none makes it Degraded (still 200), since the other clusters keep working.
/// </summary>
internal sealed class DestinationsHealthCheck(IProxyStateLookup proxyState) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>();
        var empty = new List<string>();
        foreach (var cluster in proxyState.GetClusters().OrderBy(c => c.ClusterId, StringComparer.Ordinal))
        {
            var destinations = cluster.Destinations.Values
                .OrderBy(d => d.DestinationId, StringComparer.Ordinal)
                .Select(d => new DestinationStatus(
                    d.DestinationId, d.Model.Config.Address, d.Health.Active.ToString(), d.Health.Passive.ToString(), InRotation(d)))
                .ToList();
            data[cluster.ClusterId] = destinations;
            if (!destinations.Any(d => d.InRotation))
            {
                empty.Add(cluster.ClusterId);
            }
        }

        return Task.FromResult(empty.Count == 0
            ? HealthCheckResult.Healthy("every cluster has an instance in rotation", data)
            : HealthCheckResult.Degraded($"no instance in rotation for {string.Join(", ", empty)}", data: data));
    }

    /// <summary>YARP's own rule: an instance is used unless the probe or the live traffic marked it unhealthy.</summary>
    private static bool InRotation(DestinationState destination) =>
        destination.Health.Active != DestinationHealth.Unhealthy && destination.Health.Passive != DestinationHealth.Unhealthy;

    private sealed record DestinationStatus(string Id, string Address, string Active, string Passive, bool InRotation);
}
