using Inkwell.Platform;
using Inkwell.Platform.Health;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Inkwell.Gateway;

/// <summary>Turns the gateway's configuration into YARP clusters, refusing configuration that cannot work.</summary>
internal static class GatewayClusters
{
    private static readonly string[] Policies =
    [
        LoadBalancingPolicies.PowerOfTwoChoices, LoadBalancingPolicies.RoundRobin,
        LoadBalancingPolicies.LeastRequests, LoadBalancingPolicies.Random,
    ];

    public static IReadOnlyList<ClusterConfig> Build(GatewayOptions options, IReadOnlyList<string> names)
    {
        var policy = Policies.FirstOrDefault(p => p.Equals(options.LoadBalancing, StringComparison.OrdinalIgnoreCase))
            ?? throw new ConfigurationException(
                $"Gateway:LoadBalancing is '{options.LoadBalancing}'. Supported: {string.Join(", ", Policies)}.");
        if (options.Retry.MaxAttempts is < 1 or > 10)
        {
            throw new ConfigurationException($"Gateway:Retry:MaxAttempts is {options.Retry.MaxAttempts}; it must be between 1 and 10.");
        }

        return [.. names.Select(name => Cluster(name, Destinations(options, name), policy, options))];
    }

    private static IReadOnlyList<string> Destinations(GatewayOptions options, string cluster)
    {
        var addresses = options.Clusters.TryGetValue(cluster, out var configured) ? configured.Destinations : [];
        if (addresses.Count == 0)
        {
            throw new ConfigurationException(
                $"Gateway:Clusters:{cluster}:Destinations lists no instance; set at least one, e.g. "
                + $"Gateway__Clusters__{cluster}__Destinations__0=http://127.0.0.1:5201.");
        }

        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new ConfigurationException($"Gateway:Clusters:{cluster}:Destinations holds '{address}', which is not an http(s) address.");
            }
        }

        return addresses;
    }

    private static ClusterConfig Cluster(string name, IReadOnlyList<string> addresses, string policy, GatewayOptions options) => new()
    {
        ClusterId = name,
        LoadBalancingPolicy = policy,
        Destinations = addresses
            .Select((address, index) => (Id: $"{name}-{index}", Address: address))
            .ToDictionary(d => d.Id, d => new DestinationConfig { Address = d.Address }),
        HealthCheck = new HealthCheckConfig
        {
            // With every instance marked down, trying them all beats refusing every request.
            AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
            Active = new ActiveHealthCheckConfig
            {
                Enabled = true,
                Interval = options.HealthCheck.Interval,
                Timeout = options.HealthCheck.Timeout,
                Policy = "ConsecutiveFailures",
                Path = HealthEndpoints.ReadyPath,
            },
            Passive = new PassiveHealthCheckConfig
            {
                Enabled = true,
                Policy = "TransportFailureRate",
                ReactivationPeriod = options.HealthCheck.ReactivationPeriod,
            },
        },
        Metadata = new Dictionary<string, string>
        {
            [ConsecutiveFailuresHealthPolicyOptions.ThresholdMetadataName] = options.HealthCheck.FailureThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        },
        HttpRequest = new ForwarderRequestConfig { ActivityTimeout = options.RequestTimeout },
    };
}
